package com.knowpay.ledger;

import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * One movement on a creator's earnings.
 *
 * @param amount      unsigned; {@code credit} says the direction
 * @param credit      true = money to the creator (a sale), false = money taken (refund, payout)
 * @param kind        the entry kind's name (PAYMENT, REFUND, PAYOUT, …), or OWED for a line on what the creator owes
 * @param availableAt when a credited share leaves the settlement hold (null for other lines)
 */
public record StatementLine(Instant at, String description, String orderNo, Money amount, boolean credit, String kind,
                            Instant availableAt, String reference) {

    public long signedFen() {
        return credit ? amount.fen() : -amount.fen();
    }
}
