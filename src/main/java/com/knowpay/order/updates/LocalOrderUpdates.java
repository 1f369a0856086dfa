package com.knowpay.order.updates;

import com.knowpay.order.OrderUpdates;
import com.knowpay.order.OrderView;
import com.knowpay.shared.metrics.KnowPayMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Screens of this JVM, by order number. On its own it is the embedded default's {@link OrderUpdates};
 * in a cluster ({@code order.cluster}) it is the local end of the fan-out: every node delivers to
 * its own screens through {@link #deliver}. An internal package of the order module: public only so
 * {@code order.cluster} can reach it; no other module can.
 */
@Component
public class LocalOrderUpdates implements OrderUpdates {

    private static final Logger log = LoggerFactory.getLogger(LocalOrderUpdates.class);

    private final Map<String, Set<Consumer<OrderView>>> screens = new ConcurrentHashMap<>();
    private final KnowPayMetrics metrics;

    LocalOrderUpdates(KnowPayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Subscription subscribe(String orderNo, Consumer<OrderView> screen) {
        screens.computeIfAbsent(orderNo, k -> ConcurrentHashMap.newKeySet()).add(screen);
        return () -> screens.computeIfPresent(orderNo, (k, set) -> {
            set.remove(screen);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void publish(OrderView order) {
        deliver(order, Instant.now());
    }

    /** True if a screen of this node shows the order (a node without one need not reload it). */
    public boolean hasScreens(String orderNo) {
        return screens.containsKey(orderNo);
    }

    @Override
    public boolean watched(String orderNo) {
        return hasScreens(orderNo);
    }

    /**
     * Hands the order to this node's screens of it; {@code publishedAt} is when the change was
     * published after its commit (on whichever node), for {@code knowpay.push.latency}.
     */
    public void deliver(OrderView order, Instant publishedAt) {
        Set<Consumer<OrderView>> targets = screens.getOrDefault(order.orderNo(), Set.of());
        for (Consumer<OrderView> screen : targets) {
            try {
                screen.accept(order);
            } catch (RuntimeException e) {
                // One broken screen (a closed tab, a detached UI) must not keep the others from their update.
                log.debug("Screen for order {} could not take an update: {}", order.orderNo(), e.toString());
            }
        }
        if (!targets.isEmpty()) {
            metrics.pushLatency(order.status().name(), Duration.between(publishedAt, Instant.now()));
        }
    }

    int subscriberCount() {
        return screens.values().stream().mapToInt(Set::size).sum();
    }
}
