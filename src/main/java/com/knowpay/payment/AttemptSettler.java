package com.knowpay.payment;

import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks providers what became of open attempts, and closes them when told to: always query
 * before closing, and treat "already paid" as paid. Runs outside any transaction.
 */
@Component
class AttemptSettler {

    private static final Logger log = LoggerFactory.getLogger(AttemptSettler.class);

    private final ChannelRegistry channels;
    private final PaymentRecorder recorder;
    private final TradeIntake intake;

    AttemptSettler(ChannelRegistry channels, PaymentRecorder recorder, TradeIntake intake) {
        this.channels = channels;
        this.recorder = recorder;
        this.intake = intake;
    }

    /** Every open attempt of the order: query, and if {@code close} close what is unpaid. Never throws for a provider. */
    SettleOutcome settle(String orderNo, boolean close) {
        NoTransaction.require();
        SettleOutcome outcome = SettleOutcome.CLOSED;
        for (PaymentAttemptView a : recorder.open(orderNo)) {
            outcome = outcome.and(settleOne(a, close));
        }
        return outcome;
    }

    /** After a payment was accepted: the order's other QR codes must not take money too. */
    void closeOthers(String orderNo, String paidPaymentNo) {
        recorder.open(orderNo).stream().filter(a -> !a.paymentNo().equals(paidPaymentNo))
                .forEach(a -> settleOne(a, true));
    }

    SettleOutcome settleOne(PaymentAttemptView a, boolean close) {
        Optional<PaymentChannel> channel = channels.find(a.channel());
        if (channel.isEmpty()) {
            log.warn("Payment {} is on channel {}, which is switched off; cannot settle it", a.paymentNo(), a.channel());
            return SettleOutcome.UNREACHABLE;
        }
        try {
            ProviderTrade trade = channel.get().query(a.paymentNo());
            SettleOutcome fromQuery = apply(a, trade);
            if (fromQuery != SettleOutcome.OPEN || !close) {
                return fromQuery;
            }
            if (channel.get().close(a.paymentNo()) == CloseOutcome.ALREADY_PAID) {
                SettleOutcome afterClose = apply(a, channel.get().query(a.paymentNo()));
                return afterClose == SettleOutcome.OPEN ? SettleOutcome.UNREACHABLE : afterClose;
            }
            recorder.closed(a.paymentNo());
            return SettleOutcome.CLOSED;
        } catch (ChannelException e) {
            log.warn("Could not settle payment {} at {} ({}): {}", a.paymentNo(), a.channel(), e.providerCode(),
                    e.getMessage());
            return SettleOutcome.UNREACHABLE;
        }
    }

    private SettleOutcome apply(PaymentAttemptView a, ProviderTrade trade) {
        return switch (trade.state()) {
            case PAID, REFUNDED -> intake.queried(a.channel(), trade).acknowledged() ? SettleOutcome.PAID : SettleOutcome.UNREACHABLE;
            case FAILED -> {
                NotificationOutcome o = intake.queried(a.channel(), trade);
                yield o.acknowledged() ? SettleOutcome.CLOSED : SettleOutcome.UNREACHABLE;
            }
            case CLOSED -> {
                recorder.closed(a.paymentNo());
                yield SettleOutcome.CLOSED;
            }
            case WAITING, NOT_FOUND -> SettleOutcome.OPEN;
        };
    }
}
