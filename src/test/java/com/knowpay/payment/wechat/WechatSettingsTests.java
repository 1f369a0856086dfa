package com.knowpay.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor;
import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.fakes.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Configuration under {@code knowpay.payment.wechat.*}: present only when enabled, complete or no start. */
class WechatSettingsTests {

    private static final String API_V3_KEY = "abcdefghijklmnopqrstuvwxyz012345";
    private static final String P = "knowpay.payment.wechat.";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(WechatConfiguration.class);

    @Test
    void theNotifyEndpointExistsWhetherOrNotTheChannelIsEnabled() {
        ApplicationContextRunner withEndpoint = runner.withUserConfiguration(WechatNotifyController.class)
                .withBean(NotificationProcessor.class, () -> (type, request) -> NotificationProcessor.NotificationOutcome.REJECTED);

        // the contract is stable: a disabled channel's endpoint answers failure (the core refuses), never 404
        withEndpoint.run(context -> assertThat(context).hasNotFailed().hasSingleBean(WechatNotifyController.class)
                .doesNotHaveBean(PaymentChannel.class));
        withEndpoint.withPropertyValues(complete())
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(WechatNotifyController.class));
    }

    @Test
    void disabledMeansNoChannel() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PaymentChannel.class));
        runner.withPropertyValues(P + "enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PaymentChannel.class));
    }

    @Test
    void enabledButIncompleteStopsTheStartNamingTheMissingKey() {
        runner.withPropertyValues(without("api-v3-key")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("knowpay.payment.wechat.api-v3-key is required when "
                            + "knowpay.payment.wechat.enabled=true")
                    .hasMessageNotContaining("mch-id");
        });
        runner.withPropertyValues(P + "enabled=true").run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining(P + "mch-id is required")
                .hasMessageContaining(P + "app-id is required")
                .hasMessageContaining(P + "merchant-serial-number is required")
                .hasMessageContaining(P + "private-key is required")
                .hasMessageContaining(P + "public-key is required")
                .hasMessageContaining(P + "public-key-id is required")
                .hasMessageContaining(P + "notify-url is required"));
    }

    @Test
    void completeConfigurationGivesTheChannelWithTheDefaultBaseUrl() {
        runner.withPropertyValues(complete()).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(PaymentChannel.class);
            assertThat(context.getBean(PaymentChannel.class).type()).isEqualTo(ChannelType.WECHAT);
            assertThat(context.getBean(WechatSettings.class).baseUrl()).hasToString("https://api.mch.weixin.qq.com");
        });
    }

    @Test
    void secretsMayComeFromFiles(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("apiclient_key.pem"), TestKeys.WECHAT_MERCHANT.privatePem());
        Path pub = Files.writeString(dir.resolve("pub_key.pem"), TestKeys.WECHAT_PLATFORM.publicPem());
        Path v3 = Files.writeString(dir.resolve("apiv3.key"), API_V3_KEY + "\n");

        runner.withPropertyValues(P + "enabled=true", P + "mch-id=1900001234", P + "app-id=wx8888888888881234",
                        P + "merchant-serial-number=5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
                        P + "private-key-file=" + key, P + "api-v3-key-file=" + v3, P + "public-key-file=" + pub,
                        P + "public-key-id=PUB_KEY_ID_0114232134912410000000000000001234",
                        P + "notify-url=https://pay.example.com/api/pay/notify/wechat")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(WechatChannel.class));
    }

    @Test
    void environmentVariablesBindToTheSameKeys() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("env", Map.of(
                                "KNOWPAY_PAYMENT_WECHAT_ENABLED", "true",
                                "KNOWPAY_PAYMENT_WECHAT_MCH_ID", "1900001234",
                                "KNOWPAY_PAYMENT_WECHAT_APP_ID", "wx8888888888881234",
                                "KNOWPAY_PAYMENT_WECHAT_MERCHANT_SERIAL_NUMBER", "5157F09EFDC096DE",
                                "KNOWPAY_PAYMENT_WECHAT_PRIVATE_KEY", TestKeys.WECHAT_MERCHANT.privateBase64(),
                                "KNOWPAY_PAYMENT_WECHAT_API_V3_KEY", API_V3_KEY,
                                "KNOWPAY_PAYMENT_WECHAT_PUBLIC_KEY", TestKeys.WECHAT_PLATFORM.publicBase64(),
                                "KNOWPAY_PAYMENT_WECHAT_PUBLIC_KEY_ID", "PUB_KEY_ID_0114",
                                "KNOWPAY_PAYMENT_WECHAT_NOTIFY_URL", "https://pay.example.com/api/pay/notify/wechat"))))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(WechatChannel.class));
    }

    @Test
    void anApiV3KeyOfTheWrongLengthIsRefused() {
        runner.withPropertyValues(complete()).withPropertyValues(P + "api-v3-key=short")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("api-v3-key must be the 32-character APIv3 key")
                        .hasMessageNotContaining("short"));
    }

    @Test
    void theMerchantsOwnKeyIsRefusedAsWechatPayPublicKey() {
        runner.withPropertyValues(complete()).withPropertyValues(P + "public-key=" + TestKeys.WECHAT_MERCHANT.publicBase64())
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("public-key is the merchant's own public key"));
    }

    @Test
    void aKeyThatIsNotAKeyIsNamedWithoutEchoingIt() {
        runner.withPropertyValues(complete()).withPropertyValues(P + "private-key=c2VjcmV0LXNlY3JldC1zZWNyZXQ=")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining(P + "private-key is not an RSA private key")
                        .hasMessageNotContaining("c2VjcmV0LXNlY3JldC1zZWNyZXQ="));
    }

    @Test
    void bothInlineAndFileIsAMistake(@TempDir Path dir) throws Exception {
        Path v3 = Files.writeString(dir.resolve("apiv3.key"), API_V3_KEY);
        runner.withPropertyValues(complete()).withPropertyValues(P + "api-v3-key-file=" + v3)
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("set either " + P + "api-v3-key or " + P + "api-v3-key-file, not both"));
    }

    @Test
    void toStringMasksSecretsAndShowsOnlyTheEndOfIds() {
        runner.withPropertyValues(complete()).run(context -> {
            WechatSettings settings = context.getBean(WechatSettings.class);
            for (String text : new String[] {settings.toString(), settings.resolve().toString(),
                    context.getBean(WechatChannel.class).toString()}) {
                assertThat(text).contains("mchId=****1234", "apiV3Key=<set>", "privateKey=<set>")
                        .doesNotContain(API_V3_KEY, "1900001234", "wx8888888888881234")
                        .doesNotContain(TestKeys.WECHAT_MERCHANT.privateBase64().substring(40, 80))
                        .doesNotContain(TestKeys.WECHAT_PLATFORM.publicBase64().substring(40, 80));
            }
        });
    }

    private static String[] complete() {
        return new String[] {P + "enabled=true", P + "mch-id=1900001234", P + "app-id=wx8888888888881234",
                P + "merchant-serial-number=5157F09EFDC096DE15EBE81A47057A7232F1B8E1",
                P + "private-key=" + TestKeys.WECHAT_MERCHANT.privatePem(), P + "api-v3-key=" + API_V3_KEY,
                P + "public-key=" + TestKeys.WECHAT_PLATFORM.publicPem(),
                P + "public-key-id=PUB_KEY_ID_0114232134912410000000000000001234",
                P + "notify-url=https://pay.example.com/api/pay/notify/wechat"};
    }

    private static String[] without(String key) {
        return java.util.Arrays.stream(complete()).filter(p -> !p.startsWith(P + key + "=")).toArray(String[]::new);
    }
}
