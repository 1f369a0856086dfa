package com.knowpay.payment;

import com.knowpay.shared.BoundedPools;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The payment core's background pools, one per purpose, sized here; the policy is {@link BoundedPools}'. */
public final class PaymentExecutors {

    private PaymentExecutors() {
    }

    /**
     * Provider calls after a recorded payment (automatic refunds, closing an order's other QR codes):
     * two threads, each task one or two provider calls bounded by the SDK timeouts; 10,000 queued.
     */
    static ThreadPoolTaskExecutor followUps() {
        return BoundedPools.fixed("payment-follow-up-", 2, 10_000);
    }

    /**
     * The sandbox provider's notification deliveries and their retries (embedded default only): one
     * thread, deliveries are quick local HTTP posts and retries are scheduled, not slept. Dropped on
     * shutdown, like a provider whose notifications a stopped merchant misses.
     */
    public static ThreadPoolTaskScheduler sandboxNotifier() {
        return BoundedPools.scheduler("sandbox-notifier-", 1);
    }
}
