package com.knowpay.refund.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.ledger.LedgerService;
import com.knowpay.order.OrderService;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.refund.RefundFixtures;
import com.knowpay.support.ApiCalls;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit;
import com.knowpay.support.SignIn;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** POST /api/orders/{orderNo}/refund-requests: success, and each refusal as problem+json. */
@IntegrationTest
class RefundApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired OrderService orders;
    @Autowired EntitlementService entitlements;
    @Autowired LedgerService ledger;
    @Autowired UserDetailsService users;
    @Autowired SandboxProvider provider;

    ApiCalls api;
    RefundFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiCalls(port);
        fixtures = new RefundFixtures(accounts, catalog, orders, entitlements, ledger, users, provider);
    }

    String token(String username) {
        return SignIn.bearerToken(port, username, PaymentTestKit.PASSWORD);
    }

    String path(String orderNo) {
        return "/api/orders/" + orderNo + "/refund-requests";
    }

    @Test
    void aLearnerAsksForPartOfTheirOrderAndSeesItOnTheOrder() {
        RefundFixtures.Paid paid = fixtures.paidOrder("Spring Boot from Zero");
        String token = token(paid.learner());

        ApiCalls.Response created = api.post(path(paid.orderNo()), Map.of("amount", "10.00", "reason", "Lesson 3 missing"), token);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("refundNo").asString()).matches("R\\d{23}");
        assertThat(created.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(created.json().get("amount").get("value").asString()).isEqualTo("10.00");
        assertThat(created.json().get("amount").get("currency").asString()).isEqualTo("CNY");
        assertThat(created.json().get("reason").asString()).isEqualTo("Lesson 3 missing");
        assertThat(created.json().get("createdAt").asString()).isNotBlank();

        ApiCalls.Response order = api.get("/api/orders/" + paid.orderNo(), token);
        assertThat(order.json().get("refunds").get(0).get("refundNo").asString())
                .isEqualTo(created.json().get("refundNo").asString());

        ApiCalls.Response rest = api.post(path(paid.orderNo()), Map.of("reason", "the rest"), token);
        assertThat(rest.status()).isEqualTo(201);
        assertThat(rest.json().get("amount").get("value").asString()).isEqualTo("139.00");
    }

    @Test
    void refusalsAreProblems() {
        RefundFixtures.Paid paid = fixtures.paidOrder("Spring Boot from Zero");
        String token = token(paid.learner());
        String stranger = token(fixtures.newLearner());

        ApiCalls.Response others = api.post(path(paid.orderNo()), Map.of("reason", "not mine"), stranger);
        assertThat(others.status()).isEqualTo(404);
        assertThat(others.headers().getContentType().toString()).contains("problem+json");

        ApiCalls.Response tooMuch = api.post(path(paid.orderNo()), Map.of("amount", "1000.00", "reason", "all"), token);
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.problemCode()).isEqualTo("refund-exceeds-paid");

        ApiCalls.Response noReason = api.post(path(paid.orderNo()), Map.of("amount", "1.00"), token);
        assertThat(noReason.status()).isEqualTo(400);
        ApiCalls.Response badAmount = api.post(path(paid.orderNo()), Map.of("amount", "1.234", "reason", "x"), token);
        assertThat(badAmount.status()).isEqualTo(400);

        assertThat(api.post(path(paid.orderNo()), Map.of("reason", "no token")).status()).isEqualTo(401);
        assertThat(api.post(path("O-NOPE"), Map.of("reason", "x"), token).status()).isEqualTo(404);
    }

    @Test
    void aHugeOrExoticAmountIsRefusedAsAProblemWithoutParsingIt() {
        RefundFixtures.Paid paid = fixtures.paidOrder("Spring Boot from Zero");
        String token = token(paid.learner());

        for (String amount : new String[] {"1e6000000", "1E+9", "-1", "１２", "9".repeat(10_000)}) {
            ApiCalls.Response refused = api.post(path(paid.orderNo()), Map.of("amount", amount, "reason", "x"), token);
            assertThat(refused.status()).as(amount).isEqualTo(400);
            assertThat(refused.headers().getContentType().toString()).contains("problem+json");
            assertThat(refused.problemCode()).isEqualTo("validation");
            assertThat(refused.json().get("errors").get("amount").asString()).contains("10.00");
        }
        // The same as a JSON number: Jackson must not build a BigDecimal of it either.
        ApiCalls.Response number = api.post(path(paid.orderNo()), "{\"amount\":1e6000000,\"reason\":\"x\"}", token);
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.headers().getContentType().toString()).contains("problem+json");
    }
}
