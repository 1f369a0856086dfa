package com.knowpay.refund;

import com.knowpay.audit.AuditRecord;
import com.knowpay.audit.AuditService;
import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.RefundableOrder;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.payment.RefundBook;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.VerifiedNotification.RefundNotification;
import com.knowpay.shared.BusinessNumbers;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The refund module's short transactions: record a request (and reserve its money on the order),
 * a decision, and, as the payment core's {@link RefundBook} for these refunds, the intent to call
 * the provider, the provider's answer and refund notifications. Never calls a provider: the payment
 * core's {@link com.knowpay.payment.RefundExecution} does, between two of these transactions.
 * Authorisation is the caller's job ({@link RefundService}).
 */
@Component
@Transactional
class RefundTransitions implements RefundBook<RefundView> {

    private static final Logger log = LoggerFactory.getLogger(RefundTransitions.class);
    static final String AUDIT_TYPE = "REFUND";

    private final RefundRepository refunds;
    private final OrderBackOffice orders;
    private final AuditService audit;
    private final RefundSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RefundTransitions(RefundRepository refunds, OrderBackOffice orders, AuditService audit, RefundSettings settings,
                      ApplicationEventPublisher events, Clock clock) {
        this.refunds = refunds;
        this.orders = orders;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Reserves the money on the (row-locked) order and records the request; both or neither. */
    RefundView create(String orderNo, Money amount, String reason, Initiator initiator, long requestedBy, String note) {
        RefundableOrder order = orders.reserveRefund(orderNo, amount);
        if (order.paidPaymentNo() == null || order.channel() == null) {
            throw DomainException.conflict("refund-not-refundable", "Order " + orderNo + " has no payment to refund.");
        }
        RefundRequest r = refunds.save(new RefundRequest(BusinessNumbers.next('R', clock), order, amount, reason,
                initiator, requestedBy, note, clock.instant()));
        if (initiator == Initiator.ADMIN) {
            audit.record(AuditRecord.of("refund.request", AUDIT_TYPE, r.refundNo(), null,
                    "REQUESTED " + amount + " of order " + orderNo).withNote(note == null ? reason : reason + " | " + note));
        }
        return r.toView();
    }

    RefundView approve(String refundNo, long adminId, String note) {
        RefundRequest r = require(refundNo);
        RefundStatus before = r.status();
        r.approve(adminId, note, settings.secondApprovalThreshold(), clock.instant());
        if (r.status() == RefundStatus.APPROVED) {
            RefundableOrder order = orders.refundable(r.orderNo()).orElseThrow();
            events.publishEvent(new RefundApproved(r.refundNo(), r.orderNo(), order.creatorId(), r.channel(), r.amount(),
                    order.amount(), clock.instant()));
        }
        audited("refund.approve", r, before, note);
        return r.toView();
    }

    RefundView reject(String refundNo, long adminId, String note) {
        RefundRequest r = require(refundNo);
        RefundStatus before = r.status();
        r.reject(adminId, note, clock.instant());
        orders.releaseRefund(r.orderNo(), r.amount());
        audited("refund.reject", r, before, note);
        return r.toView();
    }

    /**
     * Records the intent to call the provider. A refund that failed for good had released its money:
     * a manual retry reserves it again (and is refused if that money went to another refund since).
     */
    @Override
    public Optional<Call> startCall(String refundNo, Trigger by) {
        Long adminId = by.actorId();
        String note = by.note();
        RefundRequest r = require(refundNo);
        RefundStatus before = r.status();
        if (before != RefundStatus.APPROVED && before != RefundStatus.PROCESSING && before != RefundStatus.FAILED) {
            return Optional.empty();
        }
        if (before == RefundStatus.FAILED && !r.retryable()) {
            orders.reserveRefund(r.orderNo(), r.amount());
        }
        boolean query = before == RefundStatus.PROCESSING && r.tries() > 0;
        r.processing(adminId, note, clock.instant());
        if (adminId != null) {
            audited("refund.retry", r, before, note);
        }
        return Optional.of(new Call(r.channel(), r.toProviderRequest(), query));
    }

    @Override
    public RefundView outcome(String refundNo, RefundOutcome outcome) {
        RefundRequest r = require(refundNo);
        if (r.status() != RefundStatus.PROCESSING) {
            return r.toView();
        }
        switch (outcome.status()) {
            case SUCCEEDED -> succeeded(r, outcome.providerRefundNo(), null);
            case PROCESSING -> r.accepted(outcome.providerRefundNo(), clock.instant());
            case FAILED -> failed(r, outcome.message() == null ? "refused by the provider" : outcome.message(), false);
            case NOT_FOUND -> failed(r, "The provider does not know this refund yet; it will be asked again.", true);
        }
        return r.toView();
    }

    @Override
    public RefundView callFailed(String refundNo, String message, boolean retryable) {
        RefundRequest r = require(refundNo);
        if (r.status() == RefundStatus.PROCESSING) {
            failed(r, message, retryable);
        }
        return r.toView();
    }

    /**
     * A verified refund notification. Empty when the number is not a refund of ours. A number of our
     * format with no row yet means the request that created it has not committed: FAILED, so the
     * provider delivers it again (WeChat retries for a day) and it is applied once the row is there.
     */
    @Override
    public Optional<NotificationOutcome> notified(ChannelType channel, RefundNotification n) {
        Optional<RefundRequest> found = refunds.findByRefundNo(n.outRefundNo());
        if (found.isEmpty()) {
            return looksOurs(n.outRefundNo()) ? Optional.of(NotificationOutcome.FAILED) : Optional.empty();
        }
        RefundRequest r = found.get();
        if (r.channel() != channel || !r.paymentNo().equals(n.outTradeNo())
                || (n.amount() != null && !n.amount().equals(r.amount()))) {
            log.warn("Refund notification for {} does not match our refund (channel {}, trade {}, amount {})",
                    n.outRefundNo(), channel, n.outTradeNo(), n.amount());
            return Optional.empty();
        }
        switch (r.status()) {
            case SUCCEEDED, REJECTED -> {
                return Optional.of(NotificationOutcome.ACKNOWLEDGED);
            }
            case FAILED -> {
                if (!r.retryable()) {
                    return Optional.of(NotificationOutcome.ACKNOWLEDGED);
                }
                r.processing(null, "refund notification", clock.instant());
            }
            case PROCESSING -> {
            }
            default -> {
                // Approved but not yet marked as called: the intent commits before the call, so retry later.
                return Optional.of(NotificationOutcome.FAILED);
            }
        }
        switch (n.status()) {
            case SUCCEEDED -> succeeded(r, n.providerRefundNo(), n.completedAt());
            case FAILED -> failed(r, "The provider reported the refund as not completed (closed or abnormal).", false);
            default -> {
                return Optional.of(NotificationOutcome.ACKNOWLEDGED);
            }
        }
        return Optional.of(NotificationOutcome.APPLIED);
    }

    /** Approved but never called (a crash between approval and call), accepted without a result, failed for now. */
    @Override
    @Transactional(readOnly = true)
    public List<String> unfinishedBefore(Instant before, int max) {
        return refunds.findUnfinishedBefore(before, PageRequest.of(0, max));
    }

    @Transactional(readOnly = true)
    Optional<RefundView> find(String refundNo) {
        return refunds.findByRefundNo(refundNo == null ? "" : refundNo).map(RefundRequest::toView);
    }

    @Transactional(readOnly = true)
    List<RefundView> ofOrder(String orderNo) {
        return refunds.findByOrderNoOrderByCreatedAtAsc(orderNo).stream().map(RefundRequest::toView).toList();
    }

    private void succeeded(RefundRequest r, String providerRefundNo, Instant at) {
        Instant now = clock.instant();
        r.succeeded(providerRefundNo, at, now);
        RefundableOrder order = orders.applyRefund(r.orderNo(), r.amount(), now);
        events.publishEvent(new RefundSucceeded(r.refundNo(), r.orderNo(), r.userId(), order.courseId(),
                order.creatorId(), r.channel(), r.amount(), order.amount(), order.status() == OrderStatus.REFUNDED,
                at != null ? at : now));
        log.info("Refund {} of order {} ({}) SUCCEEDED at {}", r.refundNo(), r.orderNo(), r.amount(), r.channel());
    }

    private void failed(RefundRequest r, String message, boolean retryable) {
        r.failed(message, retryable, clock.instant());
        if (!retryable) {
            orders.releaseRefund(r.orderNo(), r.amount());
            events.publishEvent(new RefundFailed(r.refundNo(), r.orderNo(), r.channel(), r.amount(), r.lastError(),
                    clock.instant()));
            log.error("Refund {} of order {} FAILED for good at {}: {}", r.refundNo(), r.orderNo(), r.channel(), message);
        } else {
            log.warn("Refund {} of order {} failed for now at {}: {}", r.refundNo(), r.orderNo(), r.channel(), message);
        }
    }

    private void audited(String action, RefundRequest r, RefundStatus before, String note) {
        audit.record(AuditRecord.of(action, AUDIT_TYPE, r.refundNo(), before.name(),
                r.status() + " " + r.amount() + " of order " + r.orderNo()).withNote(note));
    }

    private RefundRequest require(String refundNo) {
        return refunds.findByRefundNo(refundNo == null ? "" : refundNo).orElseThrow(() -> notFound(refundNo));
    }

    static DomainException notFound(String refundNo) {
        return DomainException.notFound("refund-not-found", "There is no refund " + refundNo + ".");
    }

    static boolean looksOurs(String refundNo) {
        return refundNo != null && refundNo.matches("R\\d{23}");
    }
}
