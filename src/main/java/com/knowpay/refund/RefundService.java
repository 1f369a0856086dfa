package com.knowpay.refund;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseView;
import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.RefundableOrder;
import com.knowpay.payment.RefundBook.Trigger;
import com.knowpay.payment.RefundExecution;
import com.knowpay.risk.RefundRiskContext;
import com.knowpay.risk.RiskDecision;
import com.knowpay.risk.RiskService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.Money;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import com.knowpay.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Refunds for learners and admins. Learners ask for their own paid orders within the policy
 * window; admins may ask on anyone's order (past the window with a note), approve (maker-checker),
 * reject and retry. Methods that reach a provider run without a transaction of their own: the payment
 * core's {@link RefundExecution} makes the call between the short transactions of {@link RefundTransitions}.
 */
@Service
public class RefundService {

    static final int MAX_REASON = 500;

    private final RefundTransitions transitions;
    private final RefundExecution execution;
    private final RefundRepository refunds;
    private final OrderBackOffice orders;
    private final CatalogService catalog;
    private final RiskService risk;
    private final RefundSettings settings;
    private final Clock clock;

    RefundService(RefundTransitions transitions, RefundExecution execution, RefundRepository refunds,
                  OrderBackOffice orders, CatalogService catalog, RiskService risk, RefundSettings settings,
                  Clock clock) {
        this.transitions = transitions;
        this.execution = execution;
        this.refunds = refunds;
        this.orders = orders;
        this.catalog = catalog;
        this.risk = risk;
        this.settings = settings;
        this.clock = clock;
    }

    /** The policy of an own order (admins: any order); 404 for others' orders. */
    @RolesAllowed({"LEARNER", "ADMIN"})
    public RefundPolicy policy(String orderNo) {
        return policyOf(visibleOrder(orderNo));
    }

    /** The signed-in learner asks for (part of) their own order's money back; it then waits for an admin. */
    @RolesAllowed("LEARNER")
    public RefundView request(String orderNo, RefundAsk ask) {
        KnowPayPrincipal user = CurrentUser.require();
        RefundableOrder order = visibleOrder(orderNo);
        String reason = validReason(ask);
        RefundPolicy policy = policyOf(order);
        requireRefundable(order);
        if (!clock.instant().isBefore(policy.refundableUntil())) {
            throw DomainException.conflict("refund-window-passed", "Refunds for this order could be asked for until "
                    + policy.refundableUntil() + " (" + policy.windowDays() + " days after payment).");
        }
        Money amount = amountOf(ask, order);
        RiskDecision decision = risk.assessRefund(new RefundRiskContext(user.userId(), null, order.orderNo(),
                amount.fen(), order.amount().fen(), order.paidAt(), 0)).orThrow();
        String note = decision.needsReview() ? "Risk review: " + decision.rule() + " — " + decision.evidence() : null;
        return transitions.create(order.orderNo(), amount, reason, Initiator.LEARNER, user.userId(), note);
    }

    /** An admin starts a refund on any paid order; past the learner's window only with an override note. */
    @RolesAllowed("ADMIN")
    public RefundView adminRequest(String orderNo, RefundAsk ask) {
        KnowPayPrincipal admin = CurrentUser.require();
        RefundableOrder order = orders.refundable(orderNo).orElseThrow(() -> orderNotFound(orderNo));
        String reason = validReason(ask);
        requireRefundable(order);
        RefundPolicy policy = policyOf(order);
        String note = ask.overrideNote() == null || ask.overrideNote().isBlank() ? null : ask.overrideNote().strip();
        if (!clock.instant().isBefore(policy.refundableUntil())) {
            if (note == null) {
                throw new FieldValidationException(Map.of("overrideNote",
                        "The learner's refund window has passed; say why you refund anyway."));
            }
            note = "Window override: " + note;
        }
        return transitions.create(order.orderNo(), amountOf(ask, order), reason, Initiator.ADMIN, admin.userId(), note);
    }

    /** Approves; a refund that needs no further approval is sent to the provider at once. */
    @RolesAllowed("ADMIN")
    public RefundView approve(String refundNo, String note) {
        RefundView approved = transitions.approve(refundNo, CurrentUser.require().userId(), trimmed(note));
        if (approved.status() == RefundStatus.APPROVED) {
            return execution.execute(transitions, refundNo, Trigger.SYSTEM).orElseGet(() -> require(refundNo));
        }
        return approved;
    }

    @RolesAllowed("ADMIN")
    public RefundView reject(String refundNo, String note) {
        String text = trimmed(note);
        if (text == null) {
            throw new FieldValidationException(Map.of("note", "Say why the refund is rejected; the learner sees it."));
        }
        return transitions.reject(refundNo, CurrentUser.require().userId(), text);
    }

    /** Sends a failed (or still processing) refund to the provider again, with the same refund number. */
    @RolesAllowed("ADMIN")
    public RefundView retry(String refundNo) {
        RefundView r = require(refundNo);
        if (r.status() != RefundStatus.FAILED && r.status() != RefundStatus.PROCESSING) {
            throw DomainException.conflict("refund-state", "Refund " + refundNo + " is " + r.status()
                    + "; only failed or processing refunds can be retried.");
        }
        return execution.execute(transitions, refundNo, new Trigger(CurrentUser.require().userId(), "manual retry"))
                .orElse(r);
    }

    /** Own refund (admins: any); others' refunds are "not found". */
    @RolesAllowed({"LEARNER", "ADMIN"})
    public RefundView get(String refundNo) {
        KnowPayPrincipal user = CurrentUser.require();
        return transitions.find(refundNo).filter(r -> r.userId() == user.userId() || user.hasRole(Role.ADMIN))
                .orElseThrow(() -> RefundTransitions.notFound(refundNo));
    }

    /** The refunds of an own order (admins: any order). */
    @RolesAllowed({"LEARNER", "ADMIN"})
    public List<RefundView> refundsOf(String orderNo) {
        return transitions.ofOrder(visibleOrder(orderNo).orderNo());
    }

    @RolesAllowed("ADMIN")
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Page<RefundView> queue(RefundFilter filter, int page, int size) {
        return refunds.findByStatusInOrderByUpdatedAtDesc((filter == null ? RefundFilter.ALL : filter).statuses(),
                        PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)))
                .map(RefundRequest::toView);
    }

    /** Above this, a second admin must approve. */
    public Money secondApprovalThreshold() {
        return settings.secondApprovalThreshold();
    }

    private RefundView require(String refundNo) {
        return transitions.find(refundNo).orElseThrow(() -> RefundTransitions.notFound(refundNo));
    }

    private RefundableOrder visibleOrder(String orderNo) {
        KnowPayPrincipal user = CurrentUser.require();
        return orders.refundable(orderNo)
                .filter(o -> o.userId() == user.userId() || user.hasRole(Role.ADMIN))
                .orElseThrow(() -> orderNotFound(orderNo));
    }

    private RefundPolicy policyOf(RefundableOrder o) {
        CourseKind kind = catalog.findVisible(o.courseId()).map(CourseView::kind).orElse(null);
        int days = settings.windowDays(kind);
        Instant until = o.paidAt() == null ? null : o.paidAt().plus(Duration.ofDays(days));
        boolean open = o.status().isPaid() && until != null && clock.instant().isBefore(until)
                && !o.refundable().isZero();
        return new RefundPolicy(o.orderNo(), o.courseTitle(), kind, days, o.amount(), o.refundable(), o.status(),
                until, open, settings.secondApprovalThreshold());
    }

    private static void requireRefundable(RefundableOrder order) {
        if (!order.status().isPaid()) {
            throw DomainException.conflict("refund-not-refundable", "Order " + order.orderNo() + " is "
                    + order.status() + "; only paid orders can be refunded.");
        }
        if (order.refundable().isZero()) {
            throw DomainException.conflict("refund-exceeds-paid", "Nothing is left to refund on order "
                    + order.orderNo() + ": the rest is refunded or already asked for.");
        }
    }

    private static Money amountOf(RefundAsk ask, RefundableOrder order) {
        Money amount = ask.amount() == null ? order.refundable() : ask.amount();
        if (amount.isZero()) {
            throw new FieldValidationException(Map.of("amount", "The amount must be more than ¥0.00."));
        }
        if (amount.isGreaterThan(order.refundable())) {
            throw DomainException.conflict("refund-exceeds-paid", "A refund of " + amount + " exceeds the "
                    + order.refundable() + " still refundable on order " + order.orderNo() + ".");
        }
        return amount;
    }

    private static String validReason(RefundAsk ask) {
        String reason = ask == null ? null : trimmed(ask.reason());
        if (reason == null) {
            throw new FieldValidationException(Map.of("reason", "Please say why you want a refund."));
        }
        if (reason.length() > MAX_REASON) {
            throw new FieldValidationException(Map.of("reason", "The reason may have at most 500 characters."));
        }
        return reason;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static DomainException orderNotFound(String orderNo) {
        return DomainException.notFound("order-not-found", "There is no order " + orderNo + " in your account.");
    }
}
