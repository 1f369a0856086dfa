package com.knowpay.ledger;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code knowpay.ledger.*}.
 *
 * @param commissionRate        platform commission in basis points (2000 = 20 %); creators may have an override
 * @param settlementHold        how long a sale's creator share stays pending before it can be paid out
 * @param payoutMinimumFen      the smallest payout a creator may request, in fen
 * @param invariantCheckInterval how often the invariant job runs
 * @param expectationWindow     how far back the paid-order / completed-refund checks look
 * @param expectationGrace      events younger than this are not expected in the ledger yet (after-commit listeners lag)
 */
@ConfigurationProperties("knowpay.ledger")
public record LedgerSettings(
        @DefaultValue("2000") int commissionRate,
        @DefaultValue("P7D") Duration settlementHold,
        @DefaultValue("100") long payoutMinimumFen,
        @DefaultValue("PT10M") Duration invariantCheckInterval,
        @DefaultValue("P7D") Duration expectationWindow,
        @DefaultValue("PT5M") Duration expectationGrace) {

    public LedgerSettings {
        if (commissionRate < 0 || commissionRate > 10_000) {
            throw new IllegalArgumentException("knowpay.ledger.commission-rate is basis points 0–10000, got " + commissionRate);
        }
        if (settlementHold.isNegative()) {
            throw new IllegalArgumentException("knowpay.ledger.settlement-hold must not be negative");
        }
        if (payoutMinimumFen < 1) {
            throw new IllegalArgumentException("knowpay.ledger.payout-minimum-fen must be at least 1");
        }
    }
}
