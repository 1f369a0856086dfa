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
    private final AutoRefunds autoRefunds;
    private final PaymentOutcomeHandler orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentRecorder(PaymentAttemptRepository attempts, InboxRepository inbox, AutoRefunds autoRefunds,
                    PaymentOutcomeHandler orders, ApplicationEventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.inbox = inbox;
        this.autoRefunds = autoRefunds;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /** What a paid trade led to; the intake answers the provider and starts the follow-ups from it. */
    sealed interface PaidResult {

        /** Not ours, or the amount is wrong: nothing recorded, a security event. */
        record Rejected(String rejection, String reason) implements PaidResult {
        }

        /** Seen before, or the attempt already has its money: nothing changed. */
        record Duplicate() implements PaidResult {
        }

        /** The order kept the money; {@code othersOpen}: its other QR codes must be closed after commit. */
        record Applied(String orderNo, String paymentNo, boolean othersOpen) implements PaidResult {
        }

        /** Recorded, but the order did not need the money: the automatic refund runs after commit. */
        record AppliedNeedsAutoRefund(String paymentNo, String outRefundNo) implements PaidResult {
        }

        /** Could not be recorded now (database trouble, lost every race): the provider retries. */
        record Failed() implements PaidResult {
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
        // payment costs one transaction (matching and the amount check happen before anything is written).
        Optional<PaymentAttempt> found = attempts.findByPaymentNo(trade.outTradeNo());
        if (found.isEmpty() || found.get().channel() != channel) {
            return new PaidResult.Rejected("UNKNOWN_TRADE", "no such payment on this channel");
        }
        PaymentAttempt a = found.get();
        if (trade.amount() == null || !trade.amount().equals(a.amount())) {
            return new PaidResult.Rejected("AMOUNT_MISMATCH", "provider says " + trade.amount() + ", our attempt is "
                    + a.amount());
        }
        if (inbox.existsByChannelAndInboxKey(channel, inboxKey)) {
            return new PaidResult.Duplicate();
        }
        inbox.saveAndFlush(new InboxEntry(channel, inboxKey, a.paymentNo(), source, trade.state().name(), raw,
                clock.instant()));
        if (a.status().moneyArrived()) {
            return new PaidResult.Duplicate();
        }
        Instant paidAt = trade.paidAt() != null ? trade.paidAt() : clock.instant();
        a.succeeded(trade.providerTradeNo(), paidAt);
        Decision decision = orders.onPaymentSucceeded(new PaymentSucceeded(a.orderNo(), a.paymentNo(), channel,
                a.amount(), trade.providerTradeNo(), paidAt));
        if (decision == Decision.REFUND) {
            String refundNo = autoRefunds.open(a, "Not needed: order " + a.orderNo() + " was already paid or cancelled");
            updated(a);
            return new PaidResult.AppliedNeedsAutoRefund(a.paymentNo(), refundNo);
        }
        updated(a);
        boolean othersOpen = attempts.findOpen(a.orderNo()).stream().anyMatch(o -> !o.paymentNo().equals(a.paymentNo()));
        return new PaidResult.Applied(a.orderNo(), a.paymentNo(), othersOpen);
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

    private PaymentAttempt attempt(String paymentNo) {
        return attempts.findByPaymentNo(paymentNo).orElseThrow(() -> DomainException.notFound("payment-not-found",
                "No payment " + paymentNo + "."));
    }

    private void updated(PaymentAttempt a) {
        events.publishEvent(new PaymentAttemptUpdated(a.orderNo(), a.paymentNo(), a.status()));
    }
}
