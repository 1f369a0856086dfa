package com.knowpay.order;

import java.util.function.Consumer;

/**
 * Push of order changes to the screens that show them. A checkout screen subscribes for its order
 * and gets the fresh {@link OrderView} after each committed change, on whatever thread delivers it:
 * the screen hands it to {@code ui.access(...)}. The in-JVM implementation delivers to screens on
 * this node; a clustered one fans {@link #publish} out to every node (e.g. over RabbitMQ), where
 * each delivers locally.
 */
public interface OrderUpdates {

    Subscription subscribe(String orderNo, Consumer<OrderView> screen);

    /** Delivers to every subscribed screen of this order. Never throws because a screen failed. */
    void publish(OrderView order);

    /** Whether a screen on this node shows the order: only then does a change need its view read. */
    default boolean watched(String orderNo) {
        return true;
    }

    /**
     * A change of {@code orderNo} committed. {@code view} is the order as committed, or null when no
     * screen on this node watched it; a clustered implementation also tells the other nodes.
     */
    default void committed(String orderNo, OrderView view) {
        if (view != null) {
            publish(view);
        }
    }

    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
