package com.knowpay.order.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code knowpay.cluster.*} (profile {@code cluster} switches it on).
 *
 * @param enabled  fan order updates out over RabbitMQ to every node
 * @param exchange the fanout exchange every node binds its own anonymous queue to
 */
@ConfigurationProperties(prefix = "knowpay.cluster")
public record ClusterSettings(@DefaultValue("false") boolean enabled,
                              @DefaultValue("knowpay.order-updates") String exchange) {
}
