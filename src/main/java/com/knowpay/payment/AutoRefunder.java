package com.knowpay.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives back money an order did not need: calls the provider's refund outside any transaction
 * and records the answer. Unfinished refunds are retried with the same {@code out_refund_no},
 * which the provider treats as the same refund.
 */
@Component
class AutoRefunder {

    private static final Logger log = LoggerFactory.getLogger(AutoRefunder.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final ChannelRegistry channels;
    private final PaymentRecorder recorder;
    private final AutoRefundRepository refunds;
    private final Clock clock;

    AutoRefunder(ChannelRegistry channels, PaymentRecorder recorder, AutoRefundRepository refunds, Clock clock) {
        this.channels = channels;
        this.recorder = recorder;
        this.refunds = refunds;
        this.clock = clock;
    }

    void execute(String outRefundNo) {
        NoTransaction.require();
        Optional<PaymentRecorder.AutoRefundCall> call = recorder.refundToCall(outRefundNo);
        if (call.isEmpty()) {
            return;
        }
        Optional<PaymentChannel> channel = channels.find(call.get().channel());
        if (channel.isEmpty()) {
            log.warn("Automatic refund {} waits: channel {} is switched off", outRefundNo, call.get().channel());
            return;
        }
        ProviderRefundCall request = call.get().request();
        AutoRefund.Status status;
        try {
            RefundOutcome outcome = call.get().accepted()
                    ? channel.get().queryRefund(request.outTradeNo(), outRefundNo)
                    : channel.get().refund(request);
            status = recorder.refundOutcome(outRefundNo, outcome);
        } catch (ChannelException e) {
            status = recorder.refundCallFailed(outRefundNo, e.getMessage(), e.retryable());
        }
        if (status == AutoRefund.Status.FAILED) {
            log.error("Automatic refund {} of payment {} FAILED at {}: needs a person", outRefundNo,
                    request.outTradeNo(), call.get().channel());
        } else {
            log.info("Automatic refund {} of payment {} ({}): {}", outRefundNo, request.outTradeNo(),
                    request.refundAmount(), status);
        }
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @SchedulerLock(name = "payment-auto-refund-retry", lockAtMostFor = "PT5M")
    void retryUnfinished() {
        retryUnfinished(clock.instant().minus(RETRY_AFTER));
    }

    /** Retries refunds not touched since {@code updatedBefore}; returns how many were tried. */
    int retryUnfinished(Instant updatedBefore) {
        List<String> due = refunds.findUnfinishedBefore(updatedBefore, PageRequest.of(0, 50));
        for (String outRefundNo : due) {
            try {
                execute(outRefundNo);
            } catch (RuntimeException e) {
                // One refund that cannot be tried now must not stop the others; the next run tries again.
                log.warn("Automatic refund {} could not be retried: {}", outRefundNo, e.toString());
            }
        }
        return due.size();
    }
}
