package com.knowpay.order;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Screens of this JVM, by order number. */
@Component
class LocalOrderUpdates implements OrderUpdates {

    private static final Logger log = LoggerFactory.getLogger(LocalOrderUpdates.class);

    private final Map<String, Set<Consumer<OrderView>>> screens = new ConcurrentHashMap<>();

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
        for (Consumer<OrderView> screen : screens.getOrDefault(order.orderNo(), Set.of())) {
            try {
                screen.accept(order);
            } catch (RuntimeException e) {
                // One broken screen (a closed tab, a detached UI) must not keep the others from their update.
                log.debug("Screen for order {} could not take an update: {}", order.orderNo(), e.toString());
            }
        }
    }

    int subscriberCount() {
        return screens.values().stream().mapToInt(Set::size).sum();
    }
}
