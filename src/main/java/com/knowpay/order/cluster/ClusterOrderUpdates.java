package com.knowpay.order.cluster;

import com.knowpay.order.updates.LocalOrderUpdates;
import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderUpdates;
import com.knowpay.order.OrderView;
import com.knowpay.shared.metrics.MdcScope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * {@link OrderUpdates} for several nodes: screens subscribe on their own node; a change is
 * delivered to this node's screens directly and announced on a fanout exchange, and every other
 * node reloads the order from the shared database and delivers to its screens.
 *
 * <p>The message carries only a type and the order number, never the order itself: what a screen
 * shows is always read from the database. The type is generic ({@link #ORDER_UPDATED},
 * {@link #REFUND_COMPLETED} or any other a module announces through {@link #announce}).
 *
 * <p>Publishing happens after the commit (the order module's {@code ScreenPushes} calls it) and never
 * throws: with the broker down the payment stays recorded, this node's screens still get it, and
 * screens on other nodes catch up by their own "I have paid" check and the active-query job.
 */
public class ClusterOrderUpdates implements OrderUpdates, MessageListener {

    private static final Logger log = LoggerFactory.getLogger(ClusterOrderUpdates.class);
    public static final String ORDER_UPDATED = "order-updated";
    public static final String REFUND_COMPLETED = "refund-completed";
    static final String TYPE = "kp-type";
    static final String ORIGIN = "kp-origin";
    static final String PUBLISHED_AT = "kp-published-at";

    private final LocalOrderUpdates local;
    private final OrderBackOffice orders;
    private final RabbitTemplate rabbit;
    private final String exchange;
    private final String nodeId = UUID.randomUUID().toString();

    ClusterOrderUpdates(LocalOrderUpdates local, OrderBackOffice orders, RabbitTemplate rabbit, String exchange) {
        this.local = local;
        this.orders = orders;
        this.rabbit = rabbit;
        this.exchange = exchange;
    }

    @Override
    public Subscription subscribe(String orderNo, Consumer<OrderView> screen) {
        return local.subscribe(orderNo, screen);
    }

    @Override
    public void publish(OrderView order) {
        Instant now = Instant.now();
        local.deliver(order, now);
        announce(ORDER_UPDATED, order.orderNo(), now);
    }

    @Override
    public boolean watched(String orderNo) {
        return local.hasScreens(orderNo);
    }

    @Override
    public void committed(String orderNo, OrderView view) {
        Instant now = Instant.now();
        if (view != null) {
            local.deliver(view, now);
        }
        announce(ORDER_UPDATED, orderNo, now);
    }

    /**
     * Tells the other nodes that {@code orderNo} changed ({@code type} for the logs and metrics);
     * they reload it and update their screens. Returns false (and logs) if the broker is unreachable.
     */
    public boolean announce(String type, String orderNo, Instant publishedAt) {
        MessageProperties props = new MessageProperties();
        props.setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN);
        props.setHeader(TYPE, type);
        props.setHeader(ORIGIN, nodeId);
        props.setHeader(PUBLISHED_AT, publishedAt.toEpochMilli());
        try {
            rabbit.send(exchange, "", new Message(orderNo.getBytes(StandardCharsets.UTF_8), props));
            return true;
        } catch (AmqpException e) {
            try (MdcScope mdc = MdcScope.of(MdcScope.ORDER_NO, orderNo)) {
                log.warn("Cluster: could not announce {} of order {} ({}); other nodes' screens catch up by query",
                        type, orderNo, e.getMessage());
            }
            return false;
        }
    }

    @Override
    public void onMessage(Message message) {
        MessageProperties props = message.getMessageProperties();
        if (nodeId.equals(props.getHeader(ORIGIN))) {
            return;
        }
        String orderNo = new String(message.getBody(), StandardCharsets.UTF_8);
        if (!local.hasScreens(orderNo)) {
            return;
        }
        Object at = props.getHeader(PUBLISHED_AT);
        Instant publishedAt = at instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : Instant.now();
        try (MdcScope mdc = MdcScope.of(MdcScope.ORDER_NO, orderNo)) {
            orders.find(orderNo).ifPresent(view -> local.deliver(view, publishedAt));
        } catch (RuntimeException e) {
            // Never requeue: the screen asks again by itself; a poisoned message must not loop.
            log.warn("Cluster: could not deliver {} of order {}: {}", props.getHeader(TYPE), orderNo, e.toString());
        }
    }

    String nodeId() {
        return nodeId;
    }
}
