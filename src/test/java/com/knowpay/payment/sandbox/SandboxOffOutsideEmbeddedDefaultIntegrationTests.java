package com.knowpay.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.catalog.CatalogService;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentBills;
import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.TestMoney;
import com.knowpay.support.ApiCalls;
import com.knowpay.support.PaymentTestKit;
import com.knowpay.support.SignIn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile ({@code mysql}, here on a private H2) without any sandbox setting: the
 * sandbox is off everywhere — no beans, not offered, refused over REST, its endpoints and wallet 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kp-nosandbox-${random.uuid};MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "knowpay.demo.enabled=true", "vaadin.launch-browser=false"})
@ActiveProfiles("mysql")
class SandboxOffOutsideEmbeddedDefaultIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    CatalogService catalog;

    @Autowired
    PaymentBills bills;

    @Autowired
    TestMoney testMoney;

    @Test
    void thereAreNoSandboxBeans() {
        assertThat(ctx.getBeansOfType(SandboxProvider.class)).isEmpty();
        assertThat(ctx.getBeansOfType(SandboxNotifyController.class)).isEmpty();
        assertThat(ctx.getBeansOfType(TestModeBar.class)).isEmpty();
        assertThat(ctx.getBeansOfType(PaymentChannel.class).values()).extracting(PaymentChannel::type)
                .doesNotContain(ChannelType.SANDBOX);
        assertThat(bills.enabledChannels()).doesNotContain(ChannelType.SANDBOX);
        // a sandbox payment event from an earlier run (or a forged one) would still be no real money
        assertThat(testMoney.is(ChannelType.SANDBOX)).isTrue();
        assertThat(testMoney.is(ChannelType.ALIPAY)).isFalse();
    }

    @Test
    void restRefusesTheSandboxChannelWithAProblem() {
        ApiCalls api = new ApiCalls(port);
        String token = SignIn.bearerToken(port, "learner", "study2026");
        long courseId = PaymentTestKit.pricedCourses(catalog).getFirst().id();
        ApiCalls.Response order = api.post("/api/orders", Map.of("courseId", courseId), token);
        assertThat(order.status()).isEqualTo(201);

        ApiCalls.Response pay = api.post("/api/orders/" + order.json().get("orderNo").asString() + "/payments",
                Map.of("channel", "SANDBOX"), token);

        assertThat(pay.status()).isBetween(400, 422);
        assertThat(pay.headers().getContentType()).hasToString("application/problem+json");
        assertThat(pay.problemCode()).isEqualTo("channel-unavailable");
    }

    @Test
    void theSandboxEndpointsAndTheWalletAreNotFound() {
        ApiCalls api = new ApiCalls(port);

        ApiCalls.Response notify = api.postForm("/api/sandbox/notify", Map.of("out_trade_no", "P1", "trade_status", "TRADE_SUCCESS"));
        assertThat(notify.status()).isEqualTo(404);
        assertThat(notify.problemCode()).isEqualTo("sandbox-off");
        assertThat(api.postForm("/api/pay/notify/sandbox", Map.of("out_trade_no", "P1")).status()).isEqualTo(404);
        ApiCalls.Response wallet = api.get("/sandbox/pay/P20260101000000001");
        assertThat(wallet.status()).as(wallet.text()).isEqualTo(404);
    }
}
