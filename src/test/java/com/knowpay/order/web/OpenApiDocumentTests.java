package com.knowpay.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI document describes every contract of docs/ARCHITECTURE.md §9, and its browsable UI loads. */
@IntegrationTest
class OpenApiDocumentTests {

    @LocalServerPort
    int port;

    private static final Map<String, String[]> CONTRACT = Map.ofEntries(
            Map.entry("/api/auth/token", new String[]{"post"}),
            Map.entry("/api/auth/register", new String[]{"post"}),
            Map.entry("/api/courses", new String[]{"get"}),
            Map.entry("/api/courses/{id}", new String[]{"get"}),
            Map.entry("/api/orders", new String[]{"get", "post"}),
            Map.entry("/api/orders/{orderNo}", new String[]{"get"}),
            Map.entry("/api/orders/{orderNo}/payments", new String[]{"post"}),
            Map.entry("/api/orders/{orderNo}/cancel", new String[]{"post"}),
            Map.entry("/api/me/library", new String[]{"get"}),
            Map.entry("/api/pay/notify/alipay", new String[]{"post"}),
            Map.entry("/api/pay/notify/wechat", new String[]{"post"}),
            Map.entry("/api/pay/notify/wechat/refund", new String[]{"post"}));

    @Test
    void describesEveryContractEndpoint() {
        ApiClient.Response r = new ApiClient(port).get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        CONTRACT.forEach((path, methods) -> {
            assertThat(paths.has(path)).as("OpenAPI documents %s", path).isTrue();
            for (String m : methods) {
                assertThat(paths.get(path).has(m)).as("OpenAPI documents %s %s", m.toUpperCase(), path).isTrue();
            }
        });
        assertThat(r.json().at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void servesTheBrowsableUi() {
        ApiClient.Response r = new ApiClient(port).get("/swagger-ui/index.html");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("swagger");
    }
}
