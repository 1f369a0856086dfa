package com.knowpay.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.knowpay.catalog.CatalogService;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.ledger.LedgerService;
import com.knowpay.reconciliation.ReconciliationService;
import com.knowpay.refund.RefundService;
import com.knowpay.risk.RiskAdminService;
import com.knowpay.order.OrderPaid;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentService;
import com.knowpay.payment.TestMoney;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Analytics on its own: its listener turns a paid order into roll-up rows after the payment's
 * transaction committed (docs/ARCHITECTURE.md §4). Other modules are mocked.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class AnalyticsModuleTests {

    @MockitoBean
    CatalogService catalog;
    @MockitoBean
    PaymentService payments;
    @MockitoBean
    LedgerService ledger;
    @MockitoBean
    TestMoney testMoney;
    @MockitoBean
    EntitlementService entitlements;
    @MockitoBean
    RiskAdminService risk;
    @MockitoBean
    ReconciliationService reconciliation;
    @MockitoBean
    RefundService refunds;

    @Autowired
    JdbcTemplate jdbc;

    private final long course = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

    @Test
    void aPaidOrderCountsForItsCourse(Scenario scenario) {
        when(catalog.findVisible(course)).thenReturn(Optional.empty());
        when(ledger.defaultCommissionRate()).thenReturn(2000);

        scenario.publish(new OrderPaid("O-AMOD-" + course, 11, course, "Module test course", 12, Money.fen(9_900),
                        ChannelType.ALIPAY, "P-AMOD-" + course, Instant.now()))
                .andWaitForStateChange(() -> paidCount(), counts -> !counts.isEmpty())
                .andVerify(counts -> assertThat(counts).containsExactly(1));
    }

    private List<Integer> paidCount() {
        return jdbc.queryForList("SELECT paid_count FROM course_popularity WHERE course_id = ?", Integer.class, course);
    }
}
