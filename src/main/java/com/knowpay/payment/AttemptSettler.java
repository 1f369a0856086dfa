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

    enum Result { PAID, OPEN, ENDED, UNREACHABLE }

    private final ChannelRegistry channels;
    private final PaymentRecorder recorder;
    private final NotificationIntake intake;

    AttemptSettler(ChannelRegistry channels, PaymentRecorder recorder, NotificationIntake intake) {
        this.channels = channels;
        this.recorder = recorder;
        this.intake = intake;
    }

    /** Every open attempt of the order: query, and if {@code close} close what is unpaid. */
    SettleOutcome settle(String orderNo, boolean close) {
        NoTransaction.require();
        boolean paid = false;
        boolean unresolved = false;
        for (PaymentAttemptView a : recorder.open(orderNo)) {
            Result r = settleOne(a, close);
            paid |= r == Result.PAID;
            unresolved |= r == Result.UNREACHABLE || r == Result.OPEN;
        }
        return paid ? SettleOutcome.PAID : unresolved ? SettleOutcome.UNRESOLVED : SettleOutcome.CLOSED;
    }

    /** After a payment was accepted: the order's other QR codes must not take money too. */
    void closeOthers(String orderNo, String paidPaymentNo) {
        recorder.open(orderNo).stream().filter(a -> !a.paymentNo().equals(paidPaymentNo))
                .forEach(a -> settleOne(a, true));
    }

    Result settleOne(PaymentAttemptView a, boolean close) {
        Optional<PaymentChannel> channel = channels.find(a.channel());
        if (channel.isEmpty()) {
            log.warn("Payment {} is on channel {}, which is switched off; cannot settle it", a.paymentNo(), a.channel());
            return Result.UNREACHABLE;
        }
        try {
            ProviderTrade trade = channel.get().query(a.paymentNo());
            Result fromQuery = apply(a, trade);
            if (fromQuery != Result.OPEN || !close) {
                return fromQuery;
            }
            if (channel.get().close(a.paymentNo()) == CloseOutcome.ALREADY_PAID) {
                Result afterClose = apply(a, channel.get().query(a.paymentNo()));
                return afterClose == Result.OPEN ? Result.UNREACHABLE : afterClose;
            }
            recorder.closed(a.paymentNo());
            return Result.ENDED;
        } catch (ChannelException e) {
            log.warn("Could not settle payment {} at {} ({}): {}", a.paymentNo(), a.channel(), e.providerCode(),
                    e.getMessage());
            return Result.UNREACHABLE;
        }
    }

    private Result apply(PaymentAttemptView a, ProviderTrade trade) {
        return switch (trade.state()) {
            case PAID, REFUNDED -> intake.queried(a.channel(), trade).acknowledged() ? Result.PAID : Result.UNREACHABLE;
            case FAILED -> {
                NotificationOutcome o = intake.queried(a.channel(), trade);
                yield o.acknowledged() ? Result.ENDED : Result.UNREACHABLE;
            }
            case CLOSED -> {
                recorder.closed(a.paymentNo());
                yield Result.ENDED;
            }
            case WAITING, NOT_FOUND -> Result.OPEN;
        };
    }
}
