package com.knowpay.ledger;

import com.knowpay.shared.Money;

/**
 * A creator's earnings now.
 *
 * @param pending   still inside the settlement hold
 * @param available may be paid out
 * @param paidOut   sent to the creator's bank so far
 * @param total     pending + available (what the platform owes the creator)
 * @param owed      what the creator owes the platform (a refund after payout); recovered from new sales
 * @param inPayout  part of {@code available} already requested in an open payout
 */
public record CreatorBalance(long creatorId, Money pending, Money available, Money paidOut, Money total, Money owed,
                             Money inPayout) {

    /** What a new payout request may ask for. */
    public Money requestable() {
        return available.isGreaterThan(inPayout) ? available.minus(inPayout) : Money.zero();
    }
}
