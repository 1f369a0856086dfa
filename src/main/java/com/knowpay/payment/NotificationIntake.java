package com.knowpay.payment;

import com.knowpay.payment.VerifiedNotification.RefundNotification;
import com.knowpay.payment.VerifiedNotification.TradeNotification;
import com.knowpay.shared.LogSafe;
import com.knowpay.shared.metrics.KnowPayMetrics;
import com.knowpay.shared.metrics.KnowPayMetrics.NotificationStage;
import com.knowpay.shared.metrics.MdcScope;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Every provider notification enters here: verify with the channel (signature, decryption), then a
 * trade goes to {@link TradeIntake} (the road an active query's answer takes too) and a refund to
 * the {@link RefundBook} that holds it. Answers the provider with the outcome.
 */
@Component
class NotificationIntake implements NotificationProcessor {

    private static final Logger log = LoggerFactory.getLogger(NotificationIntake.class);

    private final ChannelRegistry channels;
    private final TradeIntake trades;
    private final List<RefundBook<?>> refundBooks;
    private final KnowPayMetrics metrics;

    NotificationIntake(ChannelRegistry channels, TradeIntake trades, List<RefundBook<?>> refundBooks,
                       KnowPayMetrics metrics) {
        this.channels = channels;
        this.trades = trades;
        this.refundBooks = refundBooks;
        this.metrics = metrics;
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
            case TradeNotification t -> trades.record(type, t.inboxKey(), InboxEntry.Source.NOTIFICATION, t.trade(),
                    t.rawVerified());
            case RefundNotification r -> refund(type, r);
        };
    }

    /** A refund notification goes to the book that holds the refund (each answers empty if not its own). */
    private NotificationOutcome refund(ChannelType type, RefundNotification n) {
        for (RefundBook<?> book : refundBooks) {
            Optional<NotificationOutcome> outcome = Retrying.run(type + " refund " + n.outRefundNo(),
                    () -> book.notified(type, n), () -> Optional.of(NotificationOutcome.FAILED));
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        SecurityEvents.rejected(type, "UNKNOWN_REFUND", n.outTradeNo(), "refund " + n.outRefundNo() + " is not ours");
        return NotificationOutcome.REJECTED;
    }
}
