package com.knowpay.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/**
 * Where the sandbox is on, read from the real configuration files the way Spring Boot reads them:
 * only in the embedded default (no profile) and the tests' own profile; off in every other profile and
 * in the Docker image.
 */
class SandboxSwitchTests {

    private static final String ENABLED = "knowpay.payment.sandbox.enabled";
    private static final String TEST_MONEY = "knowpay.payment.sandbox.test-money";

    @Test
    void theEmbeddedDefaultHasTheSandboxAndItsDemoSalesCount() {
        StandardEnvironment env = environment();

        assertThat(env.getActiveProfiles()).isEmpty();
        assertThat(env.getProperty(ENABLED)).isEqualTo("true");
        assertThat(env.getProperty(TEST_MONEY)).isEqualTo("false");
        assertThat(env.getProperty("knowpay.demo.enabled")).isEqualTo("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "cluster", "staging"})
    void everyOtherProfileLeavesTheSandboxOff(String profile) {
        StandardEnvironment env = environment(profile);

        assertThat(env.getProperty("spring.jpa.open-in-view")).as("the shared settings still apply").isEqualTo("false");
        // unset: SandboxSettings defaults to off and to test money, the beans' condition to absent
        assertThat(env.getProperty(ENABLED, Boolean.class, false)).isFalse();
        assertThat(env.getProperty(TEST_MONEY)).isNull();
        assertThat(env.getProperty("knowpay.demo.enabled", Boolean.class, false)).isFalse();
    }

    @Test
    void theDockerImageSwitchesTheSandboxAndTheDemoOff() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        String runtimeStage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));

        assertThat(runtimeStage).containsPattern("(?m)^(ENV|\\s)[^#\\n]*KNOWPAY_PAYMENT_SANDBOX_ENABLED=false")
                .containsPattern("(?m)^(ENV|\\s)[^#\\n]*KNOWPAY_DEMO_ENABLED=false")
                .doesNotContain("KNOWPAY_PAYMENT_SANDBOX_ENABLED=true");
    }

    @Test
    void sandboxSalesThatCountAreRefusedOutsideTheDemoAndTheTests() {
        SandboxSettings demoSales = new SandboxSettings(true, false, null, null, "app", "seller", null, null);
        SandboxSettings testMoney = new SandboxSettings(true, true, null, null, "app", "seller", null, null);

        assertThatThrownBy(() -> SandboxConfiguration.refuseDemoSalesOutsideTheDemo(demoSales, withProfiles("mysql")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test-money=false");
        assertThatThrownBy(() -> SandboxConfiguration.refuseDemoSalesOutsideTheDemo(demoSales, withProfiles("staging")))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> SandboxConfiguration.refuseDemoSalesOutsideTheDemo(demoSales, withProfiles()))
                .as("the embedded default's demo").doesNotThrowAnyException();
        assertThatCode(() -> SandboxConfiguration.refuseDemoSalesOutsideTheDemo(demoSales, withProfiles("test", "cluster")))
                .as("the test suite").doesNotThrowAnyException();
        assertThatCode(() -> SandboxConfiguration.refuseDemoSalesOutsideTheDemo(testMoney, withProfiles("mysql")))
                .as("test money anywhere").doesNotThrowAnyException();
    }

    private static MockEnvironment withProfiles(String... profiles) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        return env;
    }

    private static StandardEnvironment environment(String... profiles) {
        StandardEnvironment env = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(env, new DefaultResourceLoader(), new DefaultBootstrapContext(), profiles);
        return env;
    }
}
