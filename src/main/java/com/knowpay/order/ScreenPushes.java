package com.knowpay.order;

import com.knowpay.shared.BoundedPools;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pushes an order change to the screens after the transaction that made it commits — without a
 * publication row, a second transaction or a reload: the view is read inside the transaction, just
 * before its commit (only when a screen on this node watches the order), and handed over once the
 * commit succeeded. A rolled-back change pushes nothing.
 *
 * <p>Pushes are best effort by design: a screen that misses one (node crash right after the commit,
 * broker down) still learns the outcome from its "I have paid" check or the active-query job, so
 * nothing here is durable. Delivery runs on two single-thread lanes (an order always on the same
 * one, so its pushes keep their commit order) so a slow browser never delays the provider's answer;
 * when a lane's queue is full the push is dropped (and the screen catches up).
 */
@Component
class ScreenPushes implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScreenPushes.class);

    private static final int LANES = 2;

    private final OrderTransitions transitions;
    private final OrderUpdates updates;
    /** One thread per lane and an order always on the same lane: its pushes arrive in commit order. */
    private final ThreadPoolTaskExecutor[] lanes = new ThreadPoolTaskExecutor[LANES];

    ScreenPushes(OrderTransitions transitions, OrderUpdates updates) {
        this.transitions = transitions;
        this.updates = updates;
        for (int i = 0; i < LANES; i++) {
            // The pool policy of BoundedPools: a full lane drops the push; the screen catches up by query.
            lanes[i] = BoundedPools.fixed("screen-push-" + (i + 1) + "-", 1, 5_000);
        }
    }

    /** Order {@code orderNo} changed in the current transaction (or just now, if there is none). */
    void changed(String orderNo) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            dispatch(orderNo, updates.watched(orderNo) ? transitions.find(orderNo).orElse(null) : null);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.views.putIfAbsent(orderNo, Optional.empty());
    }

    private void dispatch(String orderNo, OrderView view) {
        try {
            lanes[Math.floorMod(orderNo.hashCode(), LANES)].execute(() -> deliver(orderNo, view));
        } catch (RejectedExecutionException full) {
            log.warn("Screen push of order {} dropped: delivery queue full (the screen catches up by query)", orderNo);
        }
    }

    private void deliver(String orderNo, OrderView view) {
        try {
            OrderView fresh = view;
            if (fresh == null && updates.watched(orderNo)) {
                // A screen subscribed between the read and the commit: read the committed state.
                fresh = transitions.find(orderNo).orElse(null);
            }
            updates.committed(orderNo, fresh);
        } catch (RuntimeException e) {
            log.warn("Screen push of order {} failed (the screen catches up by query): {}", orderNo, e.toString());
        }
    }

    @Override
    public void destroy() {
        for (ThreadPoolTaskExecutor lane : lanes) {
            lane.shutdown();
        }
    }

    /** The orders one transaction changed, with their views as of just before the commit. */
    private final class Pending implements TransactionSynchronization {

        private final Map<String, Optional<OrderView>> views = new LinkedHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            for (Map.Entry<String, Optional<OrderView>> e : views.entrySet()) {
                if (!updates.watched(e.getKey())) {
                    continue;
                }
                try {
                    e.setValue(transitions.find(e.getKey()));
                } catch (RuntimeException failed) {
                    // Never fail the business transaction for a screen: read it again after the commit.
                    log.debug("Could not read order {} for its screens before commit: {}", e.getKey(), failed.toString());
                }
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ScreenPushes.this);
            if (status == STATUS_COMMITTED) {
                views.forEach((orderNo, view) -> dispatch(orderNo, view.orElse(null)));
            }
        }
    }
}
