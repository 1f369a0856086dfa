package com.knowpay.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.order.OrderPaid;
import com.knowpay.payment.ChannelType;
import com.knowpay.refund.RefundSucceeded;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The entitlement module on its own: it owns the listeners that grant access when an order is paid
 * and take it back with the last fen of a refund (docs/ARCHITECTURE.md §4). Events are published as
 * their modules publish them, inside a transaction; nothing of order, payment or refund is booted.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class EntitlementModuleTests {

    private static final Money PRICE = Money.fen(19_900);

    @Autowired
    EntitlementService entitlements;

    private final long learner = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
    private final long course = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
    private final String orderNo = "O-MOD-" + learner;

    @Test
    void aPaidOrderGrantsTheCourse(Scenario scenario) {
        scenario.publish(paid())
                .andWaitForStateChange(() -> entitlements.hasAccess(learner, course), granted -> granted)
                .andVerify(granted -> assertThat(granted).isTrue());
    }

    @Test
    void aPartialRefundKeepsTheCourseAndTheLastFenTakesItBack(Scenario scenario) {
        scenario.publish(paid())
                .andWaitForStateChange(() -> entitlements.hasAccess(learner, course), granted -> granted)
                .andVerify(granted -> assertThat(granted).isTrue());

        scenario.publish(refunded("R-MOD-1-" + learner, Money.fen(9_900), false))
                .andWaitForStateChange(() -> entitlements.hasAccess(learner, course))
                .andVerify(access -> assertThat(access).as("a partial refund keeps the course").isTrue());

        scenario.publish(refunded("R-MOD-2-" + learner, Money.fen(10_000), true))
                .andWaitForStateChange(() -> entitlements.hasAccess(learner, course), access -> !access)
                .andVerify(access -> assertThat(access).as("the last fen takes it back").isFalse());
    }

    private OrderPaid paid() {
        return new OrderPaid(orderNo, learner, course, "Module test course", 42, PRICE, ChannelType.SANDBOX,
                "P-MOD-" + learner, Instant.now());
    }

    private RefundSucceeded refunded(String refundNo, Money amount, boolean full) {
        return new RefundSucceeded(refundNo, orderNo, learner, course, 42, ChannelType.SANDBOX, amount, PRICE, full,
                Instant.now());
    }
}
