package com.knowpay.order;

import com.knowpay.payment.PaymentService;
import com.knowpay.payment.SettleOutcome;
import com.knowpay.shared.RaceRetry;
import com.knowpay.shared.metrics.KnowPayMetrics;
import com.knowpay.shared.metrics.MdcScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The timeout sweeper: unpaid orders past {@code expiresAt}, in small batches, once per cluster.
 * Each open attempt is queried first (paid → the order is paid), then closed at its provider,
 * then the order is cancelled (TIMEOUT). Money that still lands later revives the order or is
 * refunded automatically ({@link OrderPaymentHandler}).
 */
@Component
class OrderTimeouts {

    private static final Logger log = LoggerFactory.getLogger(OrderTimeouts.class);
    static final int BATCH = 50;
    /** Stop well inside ShedLock's lockAtMostFor, so two nodes never sweep at once. */
    static final long BUDGET_MILLIS = 120_000;

    private final OrderTransitions transitions;
    private final PaymentService payments;
    private final Clock clock;
    private final KnowPayMetrics metrics;

    OrderTimeouts(OrderTransitions transitions, PaymentService payments, Clock clock, KnowPayMetrics metrics) {
        this.transitions = transitions;
        this.payments = payments;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 20_000)
    @SchedulerLock(name = "order-timeout-sweeper", lockAtMostFor = "PT5M")
    void sweep() {
        try (MdcScope mdc = MdcScope.of(MdcScope.JOB, "order-timeout-sweeper")) {
            int n = expireDue(clock.instant());
            metrics.sweeperRun(n);
            if (n > 0) {
                log.info("Timeout sweeper handled {} expired orders", n);
            }
        }
    }

    /** Expires every open order due at {@code now}; returns how many it handled. */
    int expireDue(Instant now) {
        long started = System.currentTimeMillis();
        long afterId = 0;
        int handled = 0;
        while (System.currentTimeMillis() - started < BUDGET_MILLIS) {
            List<OrderRepository.DueOrder> due = transitions.expiredBefore(now, afterId, BATCH);
            for (OrderRepository.DueOrder order : due) {
                expireQuietly(order.getOrderNo(), now);
                afterId = order.getId();
                handled++;
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return handled;
    }

    private void expireQuietly(String orderNo, Instant now) {
        try (MdcScope mdc = MdcScope.of(MdcScope.ORDER_NO, orderNo)) {
            expire(orderNo, now);
        } catch (RuntimeException e) {
            // One order that cannot be expired now must not stop the sweep; the next run tries again.
            log.warn("Could not expire order {}: {}", orderNo, e.toString());
        }
    }

    /** Query, close, cancel one order if it is still open and due at {@code now}. */
    OrderView expire(String orderNo, Instant now) {
        OrderView order = transitions.view(orderNo);
        if (!order.isOpen() || now.isBefore(order.expiresAt())) {
            return order;
        }
        if (payments.settleOpenAttempts(orderNo) == SettleOutcome.PAID) {
            return transitions.view(orderNo);
        }
        return RaceRetry.run("expire " + orderNo, () -> transitions.cancel(orderNo, CancelReason.TIMEOUT, now));
    }
}
