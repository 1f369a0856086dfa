package com.knowpay.payment.sandbox;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sandbox's beans, present only when {@code knowpay.payment.sandbox.enabled} is true: the embedded
 * default sets it, every other profile and the Docker image leave it off unless it is set explicitly.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "knowpay.payment.sandbox.enabled", havingValue = "true")
class SandboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

    @Bean
    SandboxKeys sandboxKeys(SandboxSettings settings, Environment env) {
        refuseDemoSalesOutsideTheDemo(settings, env);
        SandboxKeys keys = SandboxKeys.from(settings);
        log.info("Sandbox payment channel on ({}); wallet pages under /sandbox/pay/", settings);
        if (settings.testMoney()) {
            log.warn(TEST_MODE_BANNER);
        }
        return keys;
    }

    /**
     * Sandbox payments may count as sales ({@code test-money=false}) only in the embedded default's demo
     * (no profile active) and in the test suite: anywhere else anyone could "pay" for real earnings.
     */
    static void refuseDemoSalesOutsideTheDemo(SandboxSettings settings, Environment env) {
        List<String> profiles = List.of(env.getActiveProfiles());
        if (!settings.testMoney() && !profiles.isEmpty() && !profiles.contains("test")) {
            throw new IllegalStateException("knowpay.payment.sandbox.test-money=false is only for the embedded default's demo, "
                    + "but profiles " + profiles + " are active: sandbox payments would count as real sales. Remove the "
                    + "setting (sandbox payments are then test money) or switch the sandbox off.");
        }
    }

    static final String TEST_MODE_BANNER = """

            ************************************************************************************
            *  TEST MODE: the sandbox payment channel is ON (knowpay.payment.sandbox.enabled).  *
            *  Sandbox payments are NOT real money: anyone can "pay" in the sandbox wallet.     *
            *  They are booked as test money, never as creator earnings, payouts, dashboard     *
            *  revenue or reconciliation - but a learner who pays there does get the course.    *
            *  Switch it off in production: knowpay.payment.sandbox.enabled=false               *
            ************************************************************************************""";

    /** Every page of the UI shows a "test mode" bar while sandbox payments are test money. */
    @Bean
    @ConditionalOnProperty(name = "knowpay.payment.sandbox.test-money", havingValue = "true", matchIfMissing = true)
    TestModeBar sandboxTestModeBar() {
        return new TestModeBar();
    }

    @Bean
    SandboxFaults sandboxFaults() {
        return new SandboxFaults();
    }

    @Bean
    SandboxUrls sandboxUrls(SandboxSettings settings, Environment env) {
        return new SandboxUrls(settings, env);
    }

    @Bean
    SandboxNotifier sandboxNotifier(SandboxUrls urls, SandboxFaults faults) {
        return new SandboxNotifier(urls, faults);
    }

    @Bean
    SandboxProvider sandboxProvider(SandboxTradeRepository trades, SandboxRefundRepository refunds, SandboxKeys keys,
                                    SandboxSettings settings, SandboxNotifier notifier, SandboxFaults faults,
                                    PlatformTransactionManager tx, Clock clock) {
        return new SandboxProvider(trades, refunds, keys, settings, notifier, faults, tx, clock);
    }

    @Bean
    SandboxChannel sandboxChannel(SandboxProvider provider, SandboxKeys keys, SandboxSettings settings, SandboxUrls urls) {
        return new SandboxChannel(provider, keys, settings, urls);
    }
}
