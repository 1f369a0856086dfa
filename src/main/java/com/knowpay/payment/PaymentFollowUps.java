package com.knowpay.payment;

import com.knowpay.payment.RefundBook.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link PaymentFollowUp}s in the background (pool: {@link PaymentExecutors#followUps()}) so
 * the provider's notification gets its answer at once. If the node dies first, or the pool is full,
 * the janitors ({@link RefundExecution#retryUnfinished()}, {@link ActiveQueryJob}) finish the work.
 */
@Component
class PaymentFollowUps implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PaymentFollowUps.class);

    private final RefundExecution refunds;
    private final AutoRefunds autoRefunds;
    private final AttemptSettler settler;
    private final ThreadPoolTaskExecutor pool = PaymentExecutors.followUps();

    PaymentFollowUps(RefundExecution refunds, AutoRefunds autoRefunds, AttemptSettler settler) {
        this.refunds = refunds;
        this.autoRefunds = autoRefunds;
        this.settler = settler;
    }

    @EventListener
    void on(PaymentFollowUp followUp) {
        switch (followUp) {
            case PaymentFollowUp.RefundUnneeded r -> submit("auto refund " + r.outRefundNo(),
                    () -> refunds.execute(autoRefunds, r.outRefundNo(), Trigger.SYSTEM));
            case PaymentFollowUp.CloseOtherAttempts c -> submit("closing other attempts of " + c.orderNo(),
                    () -> settler.closeOthers(c.orderNo(), c.paidPaymentNo()));
        }
    }

    private void submit(String what, Runnable work) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    // A background worker has no caller to tell: log it; the janitor job tries again.
                    log.warn("Follow-up '{}' failed, the janitor will retry: {}", what, e.toString());
                }
            });
        } catch (TaskRejectedException full) {
            log.warn("Follow-up '{}' not queued (pool full or shutting down), the janitor will do it", what);
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
