package com.knowpay.payment;

import com.knowpay.payment.VerifiedNotification.RefundNotification;
import com.knowpay.payment.VerifiedNotification.TradeNotification;
import com.knowpay.shared.LogSafe;
import com.knowpay.shared.metrics.KnowPayMetrics;
import com.knowpay.shared.metrics.KnowPayMetrics.NotificationStage;
import com.knowpay.shared.metrics.MdcScope;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The one path for provider news, notification or active-query answer alike (DESIGN §3):
 * verify with the channel, match the attempt, check the amount, then record in one transaction.
 * Work that calls a provider again (refunding unneeded money, closing the order's other QR codes)
 * is handed to {@link PaymentFollowUps} after the transaction committed.
 */
@Component
class NotificationIntake implements NotificationProcessor {

    private static final Logger log = LoggerFactory.getLogger(NotificationIntake.class);

    private final ChannelRegistry channels;
    private final PaymentRecorder recorder;
    private final PaymentFollowUps followUps;
    private final KnowPayMetrics metrics;
    private final ObjectProvider<RefundOutcomeHandler> refundHandler;

    NotificationIntake(ChannelRegistry channels, PaymentRecorder recorder, PaymentFollowUps followUps,
                       KnowPayMetrics metrics, ObjectProvider<RefundOutcomeHandler> refundHandler) {
        this.channels = channels;
        this.recorder = recorder;
        this.followUps = followUps;
        this.metrics = metrics;
        this.refundHandler = refundHandler;
    }

    @Override
    public NotificationOutcome process(ChannelType type, NotificationRequest request) {
        // Unverified until the channel checked the signature: escaped and cut before it reaches a log line.
        String raw = request.params() == null ? null : request.params().get("out_trade_no");
        String claimed = raw == null ? null : LogSafe.untrusted(raw);
        try (MdcScope mdc = MdcScope.of(MdcScope.PAYMENT_NO, claimed)) {
            metrics.notification(type.name(), NotificationStage.RECEIVED);
            NotificationOutcome outcome;
            try {
                outcome = verifyAndRecord(type, request);
            } catch (DataAccessException | TransactionException databaseDown) {
                // e.g. no connection for the attempt lookup: the provider must hear "failure" and retry.
                log.error("{} notification for {} could not be processed, the provider will retry: {}", type,
                        claimed, databaseDown.getMessage());
                outcome = NotificationOutcome.FAILED;
            }
            if (outcome == NotificationOutcome.REJECTED || outcome == NotificationOutcome.FAILED) {
                metrics.notification(type.name(), outcome == NotificationOutcome.REJECTED
                        ? NotificationStage.REJECTED : NotificationStage.FAILED);
            }
            return outcome;
        }
    }

    private NotificationOutcome verifyAndRecord(ChannelType type, NotificationRequest request) {
        NoTransaction.require();
        Optional<PaymentChannel> channel = channels.find(type);
        if (channel.isEmpty()) {
            SecurityEvents.rejected(type, "CHANNEL_DISABLED", null, "notification for a channel that is switched off");
            return NotificationOutcome.REJECTED;
        }
        VerifiedNotification verified;
        try {
            verified = channel.get().verify(request);
        } catch (NotificationRejectedException e) {
            String claimed = request.params() == null ? null : request.params().get("out_trade_no");
            SecurityEvents.rejected(type, e.reason().name(), claimed, e.getMessage());
            return NotificationOutcome.REJECTED;
        }
        metrics.notification(type.name(), NotificationStage.VERIFIED);
        return switch (verified) {
            case TradeNotification t -> trade(type, t.inboxKey(), InboxEntry.Source.NOTIFICATION, t.trade(),
                    t.rawVerified());
            case RefundNotification r -> refund(type, r);
        };
    }

    /** An active query's answer takes the same road as a notification. */
    NotificationOutcome queried(ChannelType type, ProviderTrade trade) {
        return trade(type, VerifiedNotification.tradeInboxKey(trade), InboxEntry.Source.QUERY, trade,
                "active query: " + trade);
    }

    private NotificationOutcome trade(ChannelType type, String key, InboxEntry.Source source, ProviderTrade trade,
                                      String raw) {
        return switch (trade.state()) {
            case PAID, REFUNDED -> paid(type, key, source, trade, raw);
            case FAILED, WAITING, CLOSED, NOT_FOUND -> noMoney(type, key, source, trade, raw);
        };
    }

    /** News without money (declined, waiting, closed): matched in a read of its own, then recorded. */
    private NotificationOutcome noMoney(ChannelType type, String key, InboxEntry.Source source, ProviderTrade trade,
                                        String raw) {
        Optional<PaymentAttemptView> attempt = recorder.find(trade.outTradeNo());
        if (attempt.isEmpty() || attempt.get().channel() != type) {
            SecurityEvents.rejected(type, "UNKNOWN_TRADE", trade.outTradeNo(), "no such payment on this channel");
            return NotificationOutcome.REJECTED;
        }
        String what = type + " " + trade.state() + " " + trade.outTradeNo();
        if (trade.state() == TradeState.FAILED) {
            return Retrying.outcome(what, () -> recorder.declined(type, key, source, trade, raw));
        }
        return source == InboxEntry.Source.QUERY
                ? NotificationOutcome.ACKNOWLEDGED
                : Retrying.outcome(what, () -> recorder.noPayment(type, key, trade, raw));
    }

    /** Money: matched, amount-checked and recorded in one transaction (see {@link PaymentRecorder#paid}). */
    private NotificationOutcome paid(ChannelType type, String key, InboxEntry.Source source, ProviderTrade trade,
                                     String raw) {
        String what = type + " " + trade.state() + " " + trade.outTradeNo();
        PaymentRecorder.PaidResult result = Retrying.run(what,
                () -> recorder.paid(type, key, source, trade, raw),
                () -> new PaymentRecorder.PaidResult(NotificationOutcome.FAILED, null, null, null));
        if (result.rejection() != null) {
            SecurityEvents.rejected(type, result.rejection(), trade.outTradeNo(), result.reason());
            return NotificationOutcome.REJECTED;
        }
        if (result.autoRefundNo() != null) {
            followUps.refund(result.autoRefundNo());
        }
        if (result.outcome() == NotificationOutcome.APPLIED && result.paymentNo() != null
                && result.autoRefundNo() == null) {
            metrics.payment(type.name());
        }
        if (result.acceptedOrderNo() != null) {
            followUps.closeOtherAttempts(result.acceptedOrderNo(), result.paymentNo());
        }
        return result.outcome();
    }

    private NotificationOutcome refund(ChannelType type, RefundNotification n) {
        Optional<NotificationOutcome> outcome = Retrying.run(type + " refund " + n.outRefundNo(),
                () -> recorder.refundNotified(type, n),
                () -> Optional.of(NotificationOutcome.FAILED));
        if (outcome.isEmpty()) {
            // Not an automatic refund: a refund the refund module asked for (it answers empty if not its own either).
            RefundOutcomeHandler handler = refundHandler.getIfAvailable();
            outcome = handler == null ? Optional.empty() : handler.onRefundNotification(type, n);
        }
        if (outcome.isEmpty()) {
            SecurityEvents.rejected(type, "UNKNOWN_REFUND", n.outTradeNo(), "refund " + n.outRefundNo() + " is not ours");
            return NotificationOutcome.REJECTED;
        }
        return outcome.get();
    }
}
