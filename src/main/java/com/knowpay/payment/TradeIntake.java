package com.knowpay.payment;

import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.payment.PaymentRecorder.PaidResult;
import com.knowpay.shared.metrics.KnowPayMetrics;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records what a provider says of a trade, notification or active-query answer alike: match the
 * attempt, check the amount, record in one transaction (retried when it lost a race). Work that
 * calls a provider again (refunding unneeded money, closing the order's other QR codes) is
 * published as a {@link PaymentFollowUp} after the transaction committed; {@link PaymentFollowUps}
 * runs it in the background. Runs outside any transaction and calls no provider itself.
 */
@Component
class TradeIntake {

    private final PaymentRecorder recorder;
    private final ApplicationEventPublisher followUps;
    private final KnowPayMetrics metrics;

    TradeIntake(PaymentRecorder recorder, ApplicationEventPublisher followUps, KnowPayMetrics metrics) {
        this.recorder = recorder;
        this.followUps = followUps;
        this.metrics = metrics;
    }

    /** An active query's answer takes the same road as a notification. */
    NotificationOutcome queried(ChannelType type, ProviderTrade trade) {
        return record(type, VerifiedNotification.tradeInboxKey(trade), InboxEntry.Source.QUERY, trade,
                "active query: " + trade);
    }

    NotificationOutcome record(ChannelType type, String key, InboxEntry.Source source, ProviderTrade trade, String raw) {
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
        PaidResult result = Retrying.run(what, () -> recorder.paid(type, key, source, trade, raw),
                PaidResult.Failed::new);
        return switch (result) {
            case PaidResult.Rejected r -> {
                SecurityEvents.rejected(type, r.rejection(), trade.outTradeNo(), r.reason());
                yield NotificationOutcome.REJECTED;
            }
            case PaidResult.Duplicate d -> NotificationOutcome.ACKNOWLEDGED;
            case PaidResult.Failed f -> NotificationOutcome.FAILED;
            case PaidResult.AppliedNeedsAutoRefund r -> {
                followUps.publishEvent(new PaymentFollowUp.RefundUnneeded(r.outRefundNo()));
                yield NotificationOutcome.APPLIED;
            }
            case PaidResult.Applied a -> {
                metrics.payment(type.name());
                if (a.othersOpen()) {
                    followUps.publishEvent(new PaymentFollowUp.CloseOtherAttempts(a.orderNo(), a.paymentNo()));
                }
                yield NotificationOutcome.APPLIED;
            }
        };
    }
}
