package com.knowpay.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.audit.AuditService;
import com.knowpay.order.CancelReason;
import com.knowpay.order.OrderCancelled;
import com.knowpay.order.OrderPaymentFailed;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Risk on its own: it owns the listener that keeps other modules' outcomes in its history
 * ({@link RiskObservation}, in the publishing transaction; docs/ARCHITECTURE.md §4).
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class RiskModuleTests {

    @MockitoBean
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    private final long learner = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

    @Test
    void anExpiredOrderAndADeclinedPaymentAreKeptInTheLearnersHistory(Scenario scenario) {
        scenario.publish(new OrderCancelled("O-RMOD-" + learner, CancelReason.TIMEOUT, learner, 5, Money.fen(9_900),
                        Instant.now()))
                .andWaitForStateChange(this::signals, kinds -> !kinds.isEmpty())
                .andVerify(kinds -> assertThat(kinds).containsExactly("ORDER_EXPIRED"));

        scenario.publish(new OrderPaymentFailed("O-RMOD-" + learner, "P-RMOD-" + learner, true, learner, 5,
                        Money.fen(9_900), Instant.now()))
                .andWaitForStateChange(this::signals, kinds -> kinds.size() == 2)
                .andVerify(kinds -> assertThat(kinds).containsExactlyInAnyOrder("ORDER_EXPIRED", "PAYMENT_DECLINED"));
    }

    private List<String> signals() {
        return jdbc.queryForList("SELECT kind FROM risk_signal WHERE user_id = ?", String.class, learner);
    }
}
