package com.knowpay.order.cluster;

import com.knowpay.order.updates.LocalOrderUpdates;
import com.knowpay.order.OrderBackOffice;
import org.springframework.amqp.core.AnonymousQueue;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The RabbitMQ side of the cluster: one durable fanout exchange, and per node an anonymous,
 * exclusive, auto-delete queue bound to it (gone when the node goes; declared again by the
 * container when the broker comes back). Only with {@code knowpay.cluster.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "knowpay.cluster.enabled", havingValue = "true")
class ClusterConfiguration {

    @Bean
    FanoutExchange orderUpdatesExchange(ClusterSettings settings) {
        return new FanoutExchange(settings.exchange(), true, false);
    }

    @Bean
    AnonymousQueue orderUpdatesQueue() {
        return new AnonymousQueue();
    }

    @Bean
    Binding orderUpdatesBinding(AnonymousQueue orderUpdatesQueue, FanoutExchange orderUpdatesExchange) {
        return BindingBuilder.bind(orderUpdatesQueue).to(orderUpdatesExchange);
    }

    @Bean
    @Primary
    ClusterOrderUpdates clusterOrderUpdates(LocalOrderUpdates local, OrderBackOffice orders, RabbitTemplate rabbit,
                                            ClusterSettings settings) {
        return new ClusterOrderUpdates(local, orders, rabbit, settings.exchange());
    }

    @Bean
    SimpleMessageListenerContainer orderUpdatesListener(ConnectionFactory connections, AnonymousQueue orderUpdatesQueue,
                                                        ClusterOrderUpdates updates) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
        container.setQueues(orderUpdatesQueue);
        container.setMessageListener(updates);
        container.setDefaultRequeueRejected(false);
        // Keep trying while the broker is away; the node works on without it.
        container.setMissingQueuesFatal(false);
        container.setRecoveryInterval(2_000);
        return container;
    }
}
