package com.knowpay.payment;

import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.payment.VerifiedNotification.RefundNotification;
import com.knowpay.shared.BusinessNumbers;
import java.time.Clock;
import java.time.Duration;
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
 * The payment core's book of automatic refunds: money an order did not need (paid twice, paid
 * after it was cancelled) or that reconciliation gives back. {@link #open} records the intent in the
 * caller's transaction; {@link RefundExecution} calls the provider after commit and again until it
 * answers for good. When the money is back the attempt becomes AUTO_REFUNDED.
 */
@Component
@Transactional
class AutoRefunds implements RefundBook<AutoRefund.Status> {

    private static final Logger log = LoggerFactory.getLogger(AutoRefunds.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    static final int REASON_MAX = 120;

    private final AutoRefundRepository refunds;
    private final PaymentAttemptRepository attempts;
    private final InboxRepository inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AutoRefunds(AutoRefundRepository refunds, PaymentAttemptRepository attempts, InboxRepository inbox,
                ApplicationEventPublisher events, Clock clock) {
        this.refunds = refunds;
        this.attempts = attempts;
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * In the caller's transaction: the attempt's money is to go back. Marks the attempt AUTO_REFUNDING
     * (the caller publishes the attempt's update) and records the refund with a new number; the caller
     * has it executed after commit.
     *
     * @return the refund number ({@code out_refund_no})
     */
    String open(PaymentAttempt attempt, String reason) {
        attempt.autoRefunding();
        String refundNo = BusinessNumbers.next('A', clock);
        refunds.save(new AutoRefund(refundNo, attempt, reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX)
                : reason, clock.instant()));
        return refundNo;
    }

    /** Automatic refunds have no approval: the intent was recorded with the money, so this only reads. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Call> startCall(String refundNo, Trigger by) {
        return refunds.findByOutRefundNo(refundNo).filter(r -> !r.isFinished())
                .map(r -> new Call(r.channel(), r.toRequest(), r.status() == AutoRefund.Status.PROCESSING));
    }

    /** @return the refund's status after recording */
    @Override
    public AutoRefund.Status outcome(String refundNo, RefundOutcome outcome) {
        AutoRefund r = refunds.findByOutRefundNo(refundNo).orElseThrow();
        if (r.isFinished()) {
            return r.status();
        }
        r.record(outcome, clock.instant());
        if (r.status() == AutoRefund.Status.SUCCEEDED) {
            attempts.findByPaymentNo(r.paymentNo()).filter(a -> a.status() == AttemptStatus.AUTO_REFUNDING)
                    .ifPresent(a -> {
                        a.autoRefunded();
                        updated(a);
                    });
        }
        logged(r);
        return r.status();
    }

    @Override
    public AutoRefund.Status callFailed(String refundNo, String message, boolean retryable) {
        AutoRefund r = refunds.findByOutRefundNo(refundNo).orElseThrow();
        if (!r.isFinished()) {
            r.callFailed(message, retryable, clock.instant());
            logged(r);
        }
        return r.status();
    }

    @Override
    public Duration retryAfter() {
        return RETRY_AFTER;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> unfinishedBefore(Instant before, int max) {
        return refunds.findUnfinishedBefore(before, PageRequest.of(0, max));
    }

    /** Kept in the inbox like every verified notification, so a replay changes nothing. */
    @Override
    public Optional<NotificationOutcome> notified(ChannelType channel, RefundNotification n) {
        Optional<AutoRefund> refund = refunds.findByOutRefundNo(n.outRefundNo());
        if (refund.isEmpty() || refund.get().channel() != channel) {
            return Optional.empty();
        }
        if (inbox.existsByChannelAndInboxKey(channel, n.inboxKey())) {
            return Optional.of(NotificationOutcome.ACKNOWLEDGED);
        }
        inbox.saveAndFlush(new InboxEntry(channel, n.inboxKey(), refund.get().paymentNo(),
                InboxEntry.Source.NOTIFICATION, "REFUND_" + n.status(), n.rawVerified(), clock.instant()));
        outcome(n.outRefundNo(), new RefundOutcome(n.outRefundNo(), n.status(), n.providerRefundNo(), n.amount(), null));
        return Optional.of(NotificationOutcome.APPLIED);
    }

    private void logged(AutoRefund r) {
        if (r.status() == AutoRefund.Status.FAILED) {
            log.error("Automatic refund {} of payment {} FAILED at {}: needs a person", r.outRefundNo(), r.paymentNo(),
                    r.channel());
        } else {
            log.info("Automatic refund {} of payment {} ({}): {}", r.outRefundNo(), r.paymentNo(), r.amount(),
                    r.status());
        }
    }

    private void updated(PaymentAttempt a) {
        events.publishEvent(new PaymentAttemptUpdated(a.orderNo(), a.paymentNo(), a.status()));
    }
}
