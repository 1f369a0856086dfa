package com.knowpay.shared.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The business metrics of KnowPay, one place for their names and tags (Micrometer; scraped at
 * {@code /actuator/prometheus}, browsable at {@code /actuator/metrics}):
 * <ul>
 *   <li>{@code knowpay.notifications{channel,outcome}} — outcome = received | verified | rejected | failed</li>
 *   <li>{@code knowpay.payments{channel}} — verified payments that paid an order</li>
 *   <li>{@code knowpay.refunds{channel,kind}} — refunds that completed (hook for the refund module)</li>
 *   <li>{@code knowpay.sweeper.runs}, {@code knowpay.sweeper.cancelled} — timeout sweeper</li>
 *   <li>{@code knowpay.push.latency{status}} — from publishing an order change (after commit) to the
 *       screens of the node that holds them having it</li>
 * </ul>
 * Never tag with order or payment numbers: tags must stay few.
 */
@Component
public class KnowPayMetrics {

    /** What happened to a notification on its way in. */
    public enum NotificationStage {
        RECEIVED, VERIFIED, REJECTED, FAILED;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    @Autowired
    public KnowPayMetrics(ObjectProvider<MeterRegistry> registry) {
        this(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    private KnowPayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void notification(String channel, NotificationStage stage) {
        Counter.builder("knowpay.notifications").description("Provider notifications by channel and outcome")
                .tag("channel", channel).tag("outcome", stage.tag()).register(registry).increment();
    }

    public void payment(String channel) {
        Counter.builder("knowpay.payments").description("Verified payments that paid an order")
                .tag("channel", channel).register(registry).increment();
    }

    /** @param kind e.g. "requested" or "automatic" — whatever the refund module distinguishes */
    public void refund(String channel, String kind) {
        Counter.builder("knowpay.refunds").description("Refunds completed at the provider")
                .tag("channel", channel).tag("kind", kind).register(registry).increment();
    }

    public void sweeperRun(int cancelled) {
        Counter.builder("knowpay.sweeper.runs").description("Timeout sweeper runs").register(registry).increment();
        Counter.builder("knowpay.sweeper.cancelled").description("Expired orders the sweeper handled")
                .register(registry).increment(cancelled);
    }

    public void pushLatency(String status, Duration latency) {
        Timer.builder("knowpay.push.latency").description("Order change published → delivered to the screens")
                .tag("status", status).publishPercentileHistogram().register(registry).record(latency);
    }

    public MeterRegistry registry() {
        return registry;
    }
}
