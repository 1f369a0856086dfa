package com.knowpay.payment;

import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.payment.PaymentOutcomeHandler.Decision;
import com.knowpay.shared.BusinessNumbers;
import com.knowpay.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short transactions of the payment core: record an intent, record an outcome. Never calls a
 * provider; callers do that between two of these methods, outside any transaction.
 */
@Component
@Transactional
class PaymentRecorder {

    static final int MAX_ATTEMPTS_PER_ORDER = 20;

    private final PaymentAttemptRepository attempts;
    private final InboxRepository inbox;
    private final AutoRefundRepository autoRefunds;
    private final PaymentOutcomeHandler orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentRecorder(PaymentAttemptRepository attempts, InboxRepository inbox, AutoRefundRepository autoRefunds,
                    PaymentOutcomeHandler orders, ApplicationEventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.inbox = inbox;
        this.autoRefunds = autoRefunds;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a paid trade led to. {@code rejection}/{@code reason} are set when the trade is not ours
     * or its amount is wrong (nothing recorded). {@code acceptedOrderNo} is set only when the order
     * took this payment and still has other open attempts to close; the refund and the closing run
     * after commit.
     */
    record PaidResult(NotificationOutcome outcome, String autoRefundNo, String acceptedOrderNo, String paymentNo,
                      String rejection, String reason) {

        PaidResult(NotificationOutcome outcome, String autoRefundNo, String acceptedOrderNo, String paymentNo) {
            this(outcome, autoRefundNo, acceptedOrderNo, paymentNo, null, null);
        }

        static PaidResult duplicate() {
            return new PaidResult(NotificationOutcome.ACKNOWLEDGED, null, null, null);
        }

        static PaidResult rejected(String rejection, String reason) {
            return new PaidResult(NotificationOutcome.REJECTED, null, null, null, rejection, reason);
        }
    }

    String createAttempt(StartAttempt cmd) {
        if (attempts.countByOrderNo(cmd.orderNo()) >= MAX_ATTEMPTS_PER_ORDER) {
            throw DomainException.conflict("too-many-attempts",
                    "This order has had too many payment attempts; please place a new order.");
        }
        String paymentNo = BusinessNumbers.next('P', clock);
        attempts.save(new PaymentAttempt(paymentNo, cmd, clock.instant()));
        return paymentNo;
    }

    PaymentAttemptView qrReady(String paymentNo, String qrContent) {
        PaymentAttempt a = attempt(paymentNo);
        if (a.status() == AttemptStatus.CREATED) {
            a.qrReady(qrContent);
            updated(a);
        }
        return a.toView();
    }

    PaymentAttemptView createFailed(String paymentNo, String reason) {
        PaymentAttempt a = attempt(paymentNo);
        if (a.status() == AttemptStatus.CREATED) {
            a.failed(reason, clock.instant());
            updated(a);
        }
        return a.toView();
    }

    /** Closed at the provider (or the provider says it is closed). Does nothing if it is no longer open. */
    void closed(String paymentNo) {
        PaymentAttempt a = attempt(paymentNo);
        if (a.status().isOpen()) {
            a.closed(clock.instant());
            updated(a);
        }
    }

    @Transactional(readOnly = true)
    Optional<PaymentAttemptView> find(String paymentNo) {
        return attempts.findByPaymentNo(paymentNo).map(PaymentAttempt::toView);
    }

    @Transactional(readOnly = true)
    List<PaymentAttemptView> open(String orderNo) {
        return attempts.findOpen(orderNo).stream().map(PaymentAttempt::toView).toList();
    }

    @Transactional(readOnly = true)
    String orderOf(String paymentNo) {
        return attempt(paymentNo).orderNo();
    }

    /**
     * Verified money for an attempt, amount already checked. One transaction: inbox row, attempt
     * SUCCEEDED, order told (it joins this transaction), and if the order did not need the money an
     * automatic-refund intent. A key seen before, or an attempt that already has its money, changes nothing.
     */
    PaidResult paid(ChannelType channel, String inboxKey, InboxEntry.Source source, ProviderTrade trade, String raw) {
        // The attempt is matched and the amount checked here, in the recording transaction, so a
        // payment costs one transaction (DESIGN §3 step 2 happens before anything is written).
        Optional<PaymentAttempt> found = attempts.findByPaymentNo(trade.outTradeNo());
        if (found.isEmpty() || found.get().channel() != channel) {
            return PaidResult.rejected("UNKNOWN_TRADE", "no such payment on this channel");
        }
        PaymentAttempt a = found.get();
        if (trade.amount() == null || !trade.amount().equals(a.amount())) {
            return PaidResult.rejected("AMOUNT_MISMATCH", "provider says " + trade.amount() + ", our attempt is "
                    + a.amount());
        }
        if (inbox.existsByChannelAndInboxKey(channel, inboxKey)) {
            return PaidResult.duplicate();
        }
        inbox.saveAndFlush(new InboxEntry(channel, inboxKey, a.paymentNo(), source, trade.state().name(), raw,
                clock.instant()));
        if (a.status().moneyArrived()) {
            return PaidResult.duplicate();
        }
        Instant paidAt = trade.paidAt() != null ? trade.paidAt() : clock.instant();
        a.succeeded(trade.providerTradeNo(), paidAt);
        Decision decision = orders.onPaymentSucceeded(new PaymentSucceeded(a.orderNo(), a.paymentNo(), channel,
                a.amount(), trade.providerTradeNo(), paidAt));
        String refundNo = null;
        if (decision == Decision.REFUND) {
            a.autoRefunding();
            refundNo = BusinessNumbers.next('A', clock);
            autoRefunds.save(new AutoRefund(refundNo, a, "Not needed: order " + a.orderNo()
                    + " was already paid or cancelled", clock.instant()));
        }
        updated(a);
        boolean othersOpen = decision == Decision.ACCEPTED
                && attempts.findOpen(a.orderNo()).stream().anyMatch(o -> !o.paymentNo().equals(a.paymentNo()));
        return new PaidResult(NotificationOutcome.APPLIED, refundNo, othersOpen ? a.orderNo() : null, a.paymentNo());
    }

    /** The buyer's payment failed at the provider. */
    NotificationOutcome declined(ChannelType channel, String inboxKey, InboxEntry.Source source, ProviderTrade trade,
                                 String raw) {
        if (inbox.existsByChannelAndInboxKey(channel, inboxKey)) {
            return NotificationOutcome.ACKNOWLEDGED;
        }
        PaymentAttempt a = attempt(trade.outTradeNo());
        inbox.saveAndFlush(new InboxEntry(channel, inboxKey, a.paymentNo(), source, trade.state().name(), raw,
                clock.instant()));
        if (!a.status().isOpen()) {
            return NotificationOutcome.ACKNOWLEDGED;
        }
        a.declined("declined", clock.instant());
        updated(a);
        return NotificationOutcome.APPLIED;
    }

    /** A verified notification that moves no money (waiting, closed): kept for the record. */
    NotificationOutcome noPayment(ChannelType channel, String inboxKey, ProviderTrade trade, String raw) {
        if (inbox.existsByChannelAndInboxKey(channel, inboxKey)) {
            return NotificationOutcome.ACKNOWLEDGED;
        }
        PaymentAttempt a = attempt(trade.outTradeNo());
        inbox.saveAndFlush(new InboxEntry(channel, inboxKey, a.paymentNo(), InboxEntry.Source.NOTIFICATION,
                trade.state().name(), raw, clock.instant()));
        if (trade.state() == TradeState.CLOSED && a.status().isOpen()) {
            a.closed(clock.instant());
            updated(a);
        }
        return NotificationOutcome.ACKNOWLEDGED;
    }

    /** A verified refund notification for one of our automatic refunds; empty if the refund number is not one. */
    Optional<NotificationOutcome> refundNotified(ChannelType channel, VerifiedNotification.RefundNotification n) {
        Optional<AutoRefund> refund = autoRefunds.findByOutRefundNo(n.outRefundNo());
        if (refund.isEmpty() || refund.get().channel() != channel) {
            return Optional.empty();
        }
        if (inbox.existsByChannelAndInboxKey(channel, n.inboxKey())) {
            return Optional.of(NotificationOutcome.ACKNOWLEDGED);
        }
        inbox.saveAndFlush(new InboxEntry(channel, n.inboxKey(), refund.get().paymentNo(),
                InboxEntry.Source.NOTIFICATION, "REFUND_" + n.status(), n.rawVerified(), clock.instant()));
        refundOutcome(n.outRefundNo(), new RefundOutcome(n.outRefundNo(), n.status(), n.providerRefundNo(),
                n.amount(), null));
        return Optional.of(NotificationOutcome.APPLIED);
    }

    @Transactional(readOnly = true)
    Optional<AutoRefundCall> refundToCall(String outRefundNo) {
        return autoRefunds.findByOutRefundNo(outRefundNo).filter(r -> !r.isFinished())
                .map(r -> new AutoRefundCall(r.channel(), r.toRequest(), r.status() == AutoRefund.Status.PROCESSING));
    }

    record AutoRefundCall(ChannelType channel, ProviderRefundCall request, boolean accepted) {
    }

    /** @return the refund's status after recording */
    AutoRefund.Status refundOutcome(String outRefundNo, RefundOutcome outcome) {
        AutoRefund r = autoRefunds.findByOutRefundNo(outRefundNo).orElseThrow();
        if (r.isFinished()) {
            return r.status();
        }
        r.record(outcome, clock.instant());
        if (r.status() == AutoRefund.Status.SUCCEEDED) {
            PaymentAttempt a = attempt(r.paymentNo());
            if (a.status() == AttemptStatus.AUTO_REFUNDING) {
                a.autoRefunded();
                updated(a);
            }
        }
        return r.status();
    }

    AutoRefund.Status refundCallFailed(String outRefundNo, String message, boolean retryable) {
        AutoRefund r = autoRefunds.findByOutRefundNo(outRefundNo).orElseThrow();
        if (!r.isFinished()) {
            r.callFailed(message, retryable, clock.instant());
        }
        return r.status();
    }

    private PaymentAttempt attempt(String paymentNo) {
        return attempts.findByPaymentNo(paymentNo).orElseThrow(() -> DomainException.notFound("payment-not-found",
                "No payment " + paymentNo + "."));
    }

    private void updated(PaymentAttempt a) {
        events.publishEvent(new PaymentAttemptUpdated(a.orderNo(), a.paymentNo(), a.status()));
    }
}
