package com.knowpay.ledger;

/**
 * The ledger's accounts. Postings are signed fen: debit positive, credit negative, so every
 * entry sums to zero. {@link #normalSide()} says on which side the account normally carries its
 * balance (an asset's balance is a debit, a liability's or revenue's a credit).
 */
public enum AccountType {
    /** Asset, one per channel: money the provider (Alipay, WeChat Pay, sandbox) holds for us. */
    PROVIDER_CLEARING(Side.DEBIT),
    /** Liability, one per creator: what we owe the creator (pending + available). */
    CREATOR_PAYABLE(Side.CREDIT),
    /** Asset, one per creator: what a creator owes us because a refund came after their share was paid out. */
    CREATOR_RECEIVABLE(Side.DEBIT),
    /** Revenue: the platform's commission. */
    PLATFORM_COMMISSION_REVENUE(Side.CREDIT),
    /** Liability: refunds approved but not yet confirmed by the provider. */
    REFUNDS_PAYABLE(Side.CREDIT),
    /** Clearing: money sent to creators' bank accounts, cleared against the bank statement by reconciliation. */
    PAYOUTS_CLEARING(Side.CREDIT),
    /**
     * Liability to nobody: test money (sandbox payments outside the embedded demo). Takes the place of
     * commission and creator payable in a test-money sale, so none of it becomes earnings or payouts.
     */
    TEST_MONEY(Side.CREDIT);

    public enum Side { DEBIT, CREDIT }

    private final Side normalSide;

    AccountType(Side normalSide) {
        this.normalSide = normalSide;
    }

    public Side normalSide() {
        return normalSide;
    }

    /** True for accounts that exist once per creator. */
    public boolean perCreator() {
        return this == CREATOR_PAYABLE || this == CREATOR_RECEIVABLE;
    }
}
