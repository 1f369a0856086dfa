package com.knowpay.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor;
import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.fakes.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Configuration under {@code knowpay.payment.alipay.*}: present only when enabled, complete or no start. */
class AlipaySettingsTests {

    private static final String APP_ID = "2021000000009876";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AlipayConfiguration.class);

    @Test
    void theNotifyEndpointExistsWhetherOrNotTheChannelIsEnabled() {
        ApplicationContextRunner withEndpoint = runner.withUserConfiguration(AlipayNotifyController.class)
                .withBean(NotificationProcessor.class, () -> (type, request) -> NotificationProcessor.NotificationOutcome.REJECTED);

        // the contract is stable: a disabled channel's endpoint answers failure (the core refuses), never 404
        withEndpoint.run(context -> assertThat(context).hasNotFailed().hasSingleBean(AlipayNotifyController.class)
                .doesNotHaveBean(PaymentChannel.class));
        withEndpoint.withPropertyValues(complete())
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AlipayNotifyController.class));
    }

    @Test
    void disabledMeansNoChannel() {
        runner.withPropertyValues("knowpay.payment.alipay.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PaymentChannel.class));
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PaymentChannel.class));
    }

    @Test
    void enabledButIncompleteStopsTheStartNamingEveryMissingKey() {
        runner.withPropertyValues("knowpay.payment.alipay.enabled=true", "knowpay.payment.alipay.app-id=" + APP_ID)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("knowpay.payment.alipay.private-key is required when "
                                    + "knowpay.payment.alipay.enabled=true")
                            .hasMessageContaining("knowpay.payment.alipay.alipay-public-key is required")
                            .hasMessageContaining("knowpay.payment.alipay.notify-url is required")
                            .hasMessageNotContaining("app-id is required");
                });
    }

    @Test
    void completeInlineConfigurationGivesTheChannel() {
        runner.withPropertyValues(complete()).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(PaymentChannel.class);
            assertThat(context.getBean(PaymentChannel.class).type()).isEqualTo(ChannelType.ALIPAY);
            assertThat(context.getBean(AlipaySettings.class).gatewayUrl())
                    .hasToString("https://openapi.alipay.com/gateway.do");
        });
    }

    @Test
    void keysMayComeFromPemFiles(@TempDir Path dir) throws Exception {
        Path privateKey = Files.writeString(dir.resolve("app_private_key.pem"), TestKeys.ALIPAY_APP.privatePem());
        Path publicKey = Files.writeString(dir.resolve("alipay_public_key.pem"), TestKeys.ALIPAY_PLATFORM.publicPem());

        runner.withPropertyValues("knowpay.payment.alipay.enabled=true", "knowpay.payment.alipay.app-id=" + APP_ID,
                        "knowpay.payment.alipay.private-key-file=" + privateKey,
                        "knowpay.payment.alipay.alipay-public-key-file=" + publicKey,
                        "knowpay.payment.alipay.notify-url=https://pay.example.com/api/pay/notify/alipay")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AlipayChannel.class));
    }

    @Test
    void environmentVariablesBindToTheSameKeys() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("env", Map.of(
                                "KNOWPAY_PAYMENT_ALIPAY_ENABLED", "true",
                                "KNOWPAY_PAYMENT_ALIPAY_APP_ID", APP_ID,
                                "KNOWPAY_PAYMENT_ALIPAY_PRIVATE_KEY", TestKeys.ALIPAY_APP.privateBase64(),
                                "KNOWPAY_PAYMENT_ALIPAY_ALIPAY_PUBLIC_KEY", TestKeys.ALIPAY_PLATFORM.publicBase64(),
                                "KNOWPAY_PAYMENT_ALIPAY_NOTIFY_URL", "https://pay.example.com/api/pay/notify/alipay"))))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AlipayChannel.class));
    }

    @Test
    void aMissingKeyFileIsNamed(@TempDir Path dir) {
        runner.withPropertyValues("knowpay.payment.alipay.enabled=true", "knowpay.payment.alipay.app-id=" + APP_ID,
                        "knowpay.payment.alipay.private-key-file=" + dir.resolve("nope.pem"),
                        "knowpay.payment.alipay.alipay-public-key=" + TestKeys.ALIPAY_PLATFORM.publicBase64(),
                        "knowpay.payment.alipay.notify-url=https://pay.example.com/api/pay/notify/alipay")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("knowpay.payment.alipay.private-key-file")
                        .hasMessageContaining("cannot be read"));
    }

    @Test
    void theAppsOwnPublicKeyIsRefusedAsAlipayPublicKey() {
        runner.withPropertyValues("knowpay.payment.alipay.enabled=true", "knowpay.payment.alipay.app-id=" + APP_ID,
                        "knowpay.payment.alipay.private-key=" + TestKeys.ALIPAY_APP.privateBase64(),
                        "knowpay.payment.alipay.alipay-public-key=" + TestKeys.ALIPAY_APP.publicBase64(),
                        "knowpay.payment.alipay.notify-url=https://pay.example.com/api/pay/notify/alipay")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("alipay-public-key is the app's own public key"));
    }

    @Test
    void aNotifyUrlWithAQueryStringIsRefused() {
        runner.withPropertyValues(complete())
                .withPropertyValues("knowpay.payment.alipay.notify-url=https://pay.example.com/notify?x=1")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("must not carry a query string"));
    }

    @Test
    void aPkcs1PrivateKeyIsAccepted() {
        byte[] pkcs8 = TestKeys.ALIPAY_APP.privateKey().getEncoded();
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\n-----END RSA PRIVATE KEY-----";

        AlipayAccount account = settings(pem, TestKeys.ALIPAY_PLATFORM.publicPem()).resolve();

        assertThat(account.privateKey()).isEqualTo(TestKeys.ALIPAY_APP.privateBase64());
        assertThat(account.alipayPublicKey()).isEqualTo(TestKeys.ALIPAY_PLATFORM.publicBase64());
    }

    @Test
    void toStringMasksSecretsAndIds() {
        AlipaySettings settings = settings(TestKeys.ALIPAY_APP.privateBase64(), TestKeys.ALIPAY_PLATFORM.publicBase64());

        for (String text : new String[] {settings.toString(), settings.resolve().toString()}) {
            assertThat(text).contains("****9876", "privateKey=<set>")
                    .doesNotContain(APP_ID)
                    .doesNotContain(TestKeys.ALIPAY_APP.privateBase64().substring(40, 80))
                    .doesNotContain(TestKeys.ALIPAY_PLATFORM.publicBase64().substring(40, 80));
        }
    }

    private static AlipaySettings settings(String privateKey, String publicKey) {
        return new AlipaySettings(true, APP_ID, "2088000000001111", privateKey, null, publicKey, null,
                java.net.URI.create("https://openapi.alipay.com/gateway.do"),
                "https://pay.example.com/api/pay/notify/alipay");
    }

    private static String[] complete() {
        return new String[] {"knowpay.payment.alipay.enabled=true", "knowpay.payment.alipay.app-id=" + APP_ID,
                "knowpay.payment.alipay.private-key=" + TestKeys.ALIPAY_APP.privateBase64(),
                "knowpay.payment.alipay.alipay-public-key=" + TestKeys.ALIPAY_PLATFORM.publicBase64(),
                "knowpay.payment.alipay.notify-url=https://pay.example.com/api/pay/notify/alipay"};
    }
}
