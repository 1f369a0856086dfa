package com.knowpay.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * On the embedded default Alipay and WeChat Pay are off, yet their notify endpoints (a contract)
 * exist and refuse everything in the provider's own failure form: nothing is recorded.
 */
@IntegrationTest
class DisabledChannelNotifyIntegrationTests {

    @LocalServerPort
    int port;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
    }

    @Test
    void alipayNotificationIsAnsweredFailure() {
        ResponseEntity<String> r = http().post().uri("/api/pay/notify/alipay")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("notify_type=trade_status_sync&out_trade_no=P1&trade_status=TRADE_SUCCESS&total_amount=1.00&sign=x&sign_type=RSA2")
                .retrieve().toEntity(String.class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getBody()).isEqualTo("failure");
    }

    @Test
    void wechatNotificationsAreAnsweredFail() {
        for (String path : new String[]{"/api/pay/notify/wechat", "/api/pay/notify/wechat/refund"}) {
            ResponseEntity<String> r = http().post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .header("Wechatpay-Timestamp", "1").header("Wechatpay-Nonce", "n")
                    .header("Wechatpay-Signature", "c2ln").header("Wechatpay-Serial", "PUB_KEY_ID_1")
                    .body("{\"id\":\"x\",\"event_type\":\"TRANSACTION.SUCCESS\"}")
                    .retrieve().toEntity(String.class);
            assertThat(r.getStatusCode().is4xxClientError() || r.getStatusCode().is5xxServerError()).as(path).isTrue();
            assertThat(r.getBody()).as(path).contains("\"code\":\"FAIL\"");
        }
    }
}
