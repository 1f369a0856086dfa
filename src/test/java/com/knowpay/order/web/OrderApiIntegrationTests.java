package com.knowpay.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.SignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The learner REST API over real HTTP: success and failure paths of every order endpoint. */
@IntegrationTest
class OrderApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @Autowired
    SandboxProvider sandboxWallet;

    @Autowired
    com.knowpay.risk.RiskAdminService riskAdmin;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    ApiClient learner;
    long courseId;
    long otherCourseId;

    @BeforeEach
    void setUp() {
        learner = new ApiClient(port).asNewLearner();
        List<CourseView> courses = catalog.search(CourseSearch.all(), 0, 50).getContent();
        courseId = courses.get(0).id();
        otherCourseId = courses.get(1).id();
    }

    @Test
    void createsAnOrderWithFrozenAmountAndExpiry() {
        ApiClient.Response r = learner.post("/api/orders", Map.of("courseId", courseId));

        assertThat(r.status()).isEqualTo(201);
        JsonNode o = r.json();
        assertThat(o.get("orderNo").asString()).matches("[A-Z0-9]{10,32}");
        assertThat(o.get("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(o.get("amount").get("currency").asString()).isEqualTo("CNY");
        assertThat(o.get("amount").get("value").asString()).matches("\\d+\\.\\d{2}");
        assertThat(o.get("expiresAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:\\d{2})");
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        ApiClient.Response first = learner.post("/api/orders", Map.of("courseId", courseId), Map.of("Idempotency-Key", key));
        ApiClient.Response again = learner.post("/api/orders", Map.of("courseId", courseId), Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        learner.post("/api/orders", Map.of("courseId", courseId), Map.of("Idempotency-Key", key));
        ApiClient.Response other = learner.post("/api/orders", Map.of("courseId", otherCourseId), Map.of("Idempotency-Key", key));

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.problemCode()).isEqualTo("idempotency-key-reused");
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    void concurrentIdenticalRequestsMakeOneOrder() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ApiClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> learner.post("/api/orders", Map.of("courseId", courseId), Map.of("Idempotency-Key", key)));
            }
            Set<String> orderNos = new HashSet<>();
            for (Future<ApiClient.Response> f : pool.invokeAll(calls)) {
                ApiClient.Response r = f.get();
                assertThat(r.status()).isEqualTo(201);
                orderNos.add(r.json().get("orderNo").asString());
            }
            assertThat(orderNos).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        JsonNode all = learner.get("/api/orders").json();
        assertThat(all.size()).isEqualTo(1);
    }

    @Test
    void startsASandboxPaymentAndShowsItOnTheOrder() {
        String orderNo = learner.post("/api/orders", Map.of("courseId", courseId)).json().get("orderNo").asString();

        ApiClient.Response p = learner.post("/api/orders/" + orderNo + "/payments", Map.of("channel", "SANDBOX"));

        assertThat(p.status()).isEqualTo(201);
        assertThat(p.json().get("paymentNo").asString()).isNotBlank();
        assertThat(p.json().get("channel").asString()).isEqualTo("SANDBOX");
        assertThat(p.json().get("qrContent").asString()).contains("/sandbox/pay/");
        assertThat(p.json().get("expiresAt").asString()).isNotBlank();
        JsonNode order = learner.get("/api/orders/" + orderNo).json();
        assertThat(order.get("attempts").get(0).get("paymentNo").asString()).isEqualTo(p.json().get("paymentNo").asString());
    }

    @Test
    void refusesUnknownAndDisabledChannels() {
        String orderNo = learner.post("/api/orders", Map.of("courseId", courseId)).json().get("orderNo").asString();

        ApiClient.Response unknown = learner.post("/api/orders/" + orderNo + "/payments", Map.of("channel", "PAYPAL"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get("channel").asString()).contains("PAYPAL");

        ApiClient.Response missing = learner.post("/api/orders/" + orderNo + "/payments", Map.of());
        assertThat(missing.status()).isEqualTo(400);

        ApiClient.Response disabled = learner.post("/api/orders/" + orderNo + "/payments", Map.of("channel", "ALIPAY"));
        assertThat(disabled.status()).isBetween(400, 409);
        assertThat(disabled.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherLearnersOrderIsNotFound() {
        String orderNo = learner.post("/api/orders", Map.of("courseId", courseId)).json().get("orderNo").asString();
        ApiClient intruder = new ApiClient(port).asNewLearner();

        assertThat(intruder.get("/api/orders/" + orderNo).status()).isEqualTo(404);
        assertThat(intruder.post("/api/orders/" + orderNo + "/cancel", Map.of()).status()).isEqualTo(404);
        assertThat(intruder.post("/api/orders/" + orderNo + "/payments", Map.of("channel", "SANDBOX")).status()).isEqualTo(404);
        assertThat(intruder.get("/api/orders").json().size()).isZero();
        assertThat(learner.get("/api/orders/" + orderNo).json().get("status").asString()).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void cancelIsIdempotentForAnOpenOrder() {
        String orderNo = learner.post("/api/orders", Map.of("courseId", courseId)).json().get("orderNo").asString();

        ApiClient.Response cancelled = learner.post("/api/orders/" + orderNo + "/cancel", Map.of());
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("USER");

        // a retried cancel (lost response) answers the same state instead of an error
        ApiClient.Response again = learner.post("/api/orders/" + orderNo + "/cancel", Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("CANCELLED");

        ApiClient.Response pay = learner.post("/api/orders/" + orderNo + "/payments", Map.of("channel", "SANDBOX"));
        assertThat(pay.status()).isEqualTo(409);
        assertThat(pay.contentType()).startsWith("application/problem+json");
    }

    @Test
    void buyingThroughTheSandboxFillsTheLibraryAndAPaidOrderCannotBeCancelled() {
        String orderNo = learner.post("/api/orders", Map.of("courseId", courseId)).json().get("orderNo").asString();
        String paymentNo = learner.post("/api/orders/" + orderNo + "/payments", Map.of("channel", "SANDBOX"))
                .json().get("paymentNo").asString();

        sandboxWallet.pay(paymentNo); // the wallet sends its signed notification over HTTP, as a phone would

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(learner.get("/api/orders/" + orderNo).json().get("status").asString()).isEqualTo("PAID"));
        JsonNode order = learner.get("/api/orders/" + orderNo).json();
        assertThat(order.get("paidAt").asString()).isNotBlank();
        assertThat(order.get("attempts").get(0).get("status").asString()).isEqualTo("SUCCEEDED");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(learner.get("/api/me/library").json().findValuesAsString("orderNo")).contains(orderNo));

        ApiClient.Response cancel = learner.post("/api/orders/" + orderNo + "/cancel", Map.of());
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.contentType()).startsWith("application/problem+json");

        ApiClient.Response buyAgain = learner.post("/api/orders", Map.of("courseId", courseId));
        assertThat(buyAgain.status()).isEqualTo(409);
        assertThat(buyAgain.problemCode()).isEqualTo("already-owned");
    }

    @Test
    void unknownCourseAndUnknownOrderAreNotFound() {
        assertThat(learner.post("/api/orders", Map.of("courseId", 987654321L)).status()).isEqualTo(404);
        assertThat(learner.get("/api/orders/O20260101000000000000000").status()).isEqualTo(404);
    }

    @Test
    void badBodiesGetClearProblems() {
        ApiClient.Response malformed = learner.post("/api/orders", "{\"courseId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problemCode()).isEqualTo("malformed-request");

        ApiClient.Response unknownField = learner.post("/api/orders", "{\"courseId\": " + courseId + ", \"price\": \"0.01\"}");
        assertThat(unknownField.status()).isEqualTo(400);

        ApiClient.Response missing = learner.post("/api/orders", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").has("courseId")).isTrue();

        ApiClient.Response huge = learner.post("/api/orders", "{\"courseId\": " + courseId + ", \"x\": \"" + "a".repeat(200_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.problemCode()).isEqualTo("payload-too-large");

        ApiClient.Response badKey = learner.post("/api/orders", Map.of("courseId", courseId), Map.of("Idempotency-Key", "has space"));
        assertThat(badKey.status()).isEqualTo(400);
    }

    @Test
    void tooManyOrdersInAWindowAre429WithRetryAfter() {
        long configured = com.knowpay.support.SignIn.as(users, "admin", () -> riskAdmin.ruleSettings()).stream()
                .filter(v -> v.setting() == com.knowpay.risk.RiskRuleSetting.ORDER_USER_LIMIT)
                .findFirst().orElseThrow().value();
        com.knowpay.support.SignIn.as(users, "admin", () ->
                riskAdmin.updateRuleSetting(com.knowpay.risk.RiskRuleSetting.ORDER_USER_LIMIT, 1));
        try {
            assertThat(learner.post("/api/orders", Map.of("courseId", courseId)).status()).isEqualTo(201);
            ApiClient.Response limited = learner.post("/api/orders", Map.of("courseId", otherCourseId));
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.problemCode()).isEqualTo("rate-limited");
            assertThat(Long.parseLong(limited.headers().getFirst("Retry-After"))).isPositive();
            assertThat(limited.json().get("detail").asString()).doesNotContain("order-user-limit");
        } finally {
            com.knowpay.support.SignIn.as(users, "admin", () ->
                    riskAdmin.updateRuleSetting(com.knowpay.risk.RiskRuleSetting.ORDER_USER_LIMIT, configured));
        }
    }

    @Test
    void withoutATokenTheApiAnswers401Problem() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient.Response r = anonymous.get("/api/orders");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.get("/api/me/library").status()).isEqualTo(401);
    }

    @Test
    void newLearnerHasAnEmptyLibrary() {
        ApiClient.Response r = learner.get("/api/me/library");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().isArray()).isTrue();
        assertThat(r.json().size()).isZero();
    }
}
