package com.knowpay.payment;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Provider calls that follow a recorded payment, run after commit on a small pool so the
 * provider's notification gets its answer at once. If the node dies first, the janitors
 * ({@link AutoRefunder#retryUnfinished()}, {@link ActiveQueryJob}) finish the work.
 */
@Component
class PaymentFollowUps implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PaymentFollowUps.class);

    private final ObjectProvider<AutoRefunder> refunder;
    private final ObjectProvider<AttemptSettler> settler;
    private final ExecutorService pool;

    PaymentFollowUps(ObjectProvider<AutoRefunder> refunder, ObjectProvider<AttemptSettler> settler) {
        this.refunder = refunder;
        this.settler = settler;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "payment-follow-up-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void refund(String outRefundNo) {
        submit("auto refund " + outRefundNo, () -> refunder.getObject().execute(outRefundNo));
    }

    void closeOtherAttempts(String orderNo, String paidPaymentNo) {
        submit("closing other attempts of " + orderNo, () -> settler.getObject().closeOthers(orderNo, paidPaymentNo));
    }

    private void submit(String what, Runnable work) {
        pool.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // A background worker has no caller to tell: log it; the janitor job tries again.
                log.warn("Follow-up '{}' failed, the janitor will retry: {}", what, e.toString());
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
