package com.knowpay.payment.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fakes deliver notifications over real HTTP the way the providers do (used by end-to-end tests). */
class FakeDeliveryTests {

    private HttpServer merchant;
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, List<String>>> headers = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchant.createContext("/notify", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            headers.add(Map.copyOf(exchange.getRequestHeaders()));
            byte[] answer = "success".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        merchant.start();
    }

    @AfterEach
    void stop() {
        merchant.stop(0);
    }

    @Test
    void alipayPostsTheSignedFormTwiceWhenToldTo() throws IOException {
        try (FakeAlipayGateway alipay = new FakeAlipayGateway()) {
            FakeAlipayNotification n = FakeAlipayNotification.signed(Map.of("out_trade_no", "KP1", "trade_status",
                    "TRADE_SUCCESS", "subject", "课程 & 书"), TestKeys.ALIPAY_PLATFORM);

            List<String> answers = NotificationCourier.deliver(NotificationCourier.Mode.TWICE, List.of(n),
                    notification -> alipay.post(notification, notifyUrl()));

            assertThat(answers).containsExactly("success", "success");
            assertThat(bodies).hasSize(2).allSatisfy(body -> assertThat(decode(body)).contains("subject=课程 & 书",
                    "sign_type=RSA2", "sign="));
            assertThat(TestKeys.ALIPAY_PLATFORM.verify(FakeAlipayNotification.content(n.params()), n.param("sign")))
                    .isTrue();
        }
    }

    @Test
    void wechatPostsTheExactBodyWithItsSignatureHeaders() {
        FakeWechatNotification n = FakeWechatNotification.signed("{\"id\":\"1\"}", "PUB_KEY_ID_1",
                java.time.Instant.now(), TestKeys.WECHAT_PLATFORM);

        assertThat(NotificationCourier.deliver(NotificationCourier.Mode.NEVER, List.of(n), x -> x.post(notifyUrl())))
                .isEmpty();
        assertThat(n.post(notifyUrl())).isEqualTo("200 success");

        assertThat(bodies).containsExactly("{\"id\":\"1\"}");
        assertThat(headers.getFirst()).containsKeys("Wechatpay-timestamp", "Wechatpay-nonce", "Wechatpay-signature",
                "Wechatpay-serial");
        String message = n.header("Wechatpay-Timestamp") + "\n" + n.header("Wechatpay-Nonce") + "\n" + n.body() + "\n";
        assertThat(TestKeys.WECHAT_PLATFORM.verify(message, n.header("Wechatpay-Signature"))).isTrue();
    }

    private URI notifyUrl() {
        return URI.create("http://127.0.0.1:" + merchant.getAddress().getPort() + "/notify");
    }

    private static String decode(String form) {
        return URLDecoder.decode(form, StandardCharsets.UTF_8);
    }
}
