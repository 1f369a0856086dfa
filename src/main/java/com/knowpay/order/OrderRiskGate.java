package com.knowpay.order;

import com.knowpay.catalog.CourseView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptUpdated;
import com.knowpay.risk.OrderRiskContext;
import com.knowpay.risk.PaymentRiskContext;
import com.knowpay.risk.RiskDecision;
import com.knowpay.risk.RiskOutcome;
import com.knowpay.risk.RiskReviewResolved;
import com.knowpay.risk.RiskService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.web.ClientAddress;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where orders meet risk control: consulted before an order is created and before each QR
 * (BLOCK refuses with a non-revealing message; REVIEW holds payment until an admin decides), and
 * told what became of orders and payments so its rules can look at history.
 */
@Component
class OrderRiskGate {

    private static final Logger log = LoggerFactory.getLogger(OrderRiskGate.class);

    private final RiskService risk;
    private final OrderTransitions transitions;
    private final Clock clock;

    OrderRiskGate(RiskService risk, OrderTransitions transitions, Clock clock) {
        this.risk = risk;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** Refuses (throws) a BLOCK; a REVIEW lets the order be created, its payment waits for the review. */
    RiskDecision beforeOrder(long userId, CourseView course, String orderNo) {
        RiskDecision d = risk.assessOrder(new OrderRiskContext(userId, ip(), null, course.id(), course.price().fen(), orderNo));
        return d.orThrow();
    }

    void beforePayment(OrderView order, ChannelType channel) {
        RiskDecision d = risk.assessPayment(new PaymentRiskContext(order.userId(), ip(), order.orderNo(), channel.name(),
                order.amount().fen())).orThrow();
        if (d.needsReview()) {
            throw DomainException.conflict("order-under-review",
                    "Your order is being reviewed; you'll be able to pay once it's approved.");
        }
    }

    /** A rejected review cancels the held order (reason RISK); an approved one simply lets payment start. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void on(RiskReviewResolved resolved) {
        if (resolved.approved() || resolved.subjectRef() == null || "REFUND".equals(resolved.subjectType())) {
            return;
        }
        transitions.find(resolved.subjectRef()).filter(OrderView::isOpen).ifPresent(o -> {
            transitions.cancel(o.orderNo(), CancelReason.RISK, clock.instant());
            log.info("Order {} cancelled: risk review {} rejected", o.orderNo(), resolved.reviewId());
        });
    }

    // Outcomes feed risk's history in the transaction that produced them (one insert, no hot row).
    // OrderPaid and RefundSucceeded carry their outcome (risk.RiskObservation) and risk listens to
    // them itself; a cancellation and a failed attempt name no learner, course or amount, so the
    // order module, which has them, still reports these two (see docs/ARCHITECTURE.md).

    @EventListener
    void on(OrderCancelled cancelled) {
        transitions.find(cancelled.orderNo()).ifPresent(o -> risk.recordOutcome(RiskOutcome.of(
                cancelled.reason() == CancelReason.TIMEOUT ? RiskOutcome.Type.ORDER_EXPIRED : RiskOutcome.Type.ORDER_CANCELLED,
                o.userId(), o.orderNo(), o.courseId(), o.amount().fen(), clock.instant())));
    }

    @EventListener
    void on(PaymentAttemptUpdated updated) {
        RiskOutcome.Type type = switch (updated.status()) {
            case FAILED -> RiskOutcome.Type.PAYMENT_FAILED;
            case DECLINED -> RiskOutcome.Type.PAYMENT_DECLINED;
            default -> null;
        };
        if (type == null) {
            return;
        }
        transitions.find(updated.orderNo()).ifPresent(o -> risk.recordOutcome(RiskOutcome.of(type, o.userId(),
                o.orderNo(), o.courseId(), o.amount().fen(), clock.instant())));
    }

    private static String ip() {
        return ClientAddress.current().orElse(null);
    }
}
