package com.knowpay.ledger;

import com.knowpay.payment.ChannelType;
import java.util.Objects;

/** Names an account independently of its database row: type plus creator or channel where it has one. */
record AccountKey(AccountType type, Long creatorId, ChannelType channel) {

    AccountKey {
        Objects.requireNonNull(type, "type");
        if (type.perCreator() != (creatorId != null)) {
            throw new IllegalArgumentException(type + " needs a creator id exactly when it is per creator");
        }
        if ((type == AccountType.PROVIDER_CLEARING) != (channel != null)) {
            throw new IllegalArgumentException(type + " needs a channel exactly when it is provider clearing");
        }
    }

    static AccountKey clearing(ChannelType channel) {
        return new AccountKey(AccountType.PROVIDER_CLEARING, null, channel);
    }

    static AccountKey payable(long creatorId) {
        return new AccountKey(AccountType.CREATOR_PAYABLE, creatorId, null);
    }

    static AccountKey receivable(long creatorId) {
        return new AccountKey(AccountType.CREATOR_RECEIVABLE, creatorId, null);
    }

    static AccountKey commission() {
        return new AccountKey(AccountType.PLATFORM_COMMISSION_REVENUE, null, null);
    }

    static AccountKey refundsPayable() {
        return new AccountKey(AccountType.REFUNDS_PAYABLE, null, null);
    }

    static AccountKey testMoney() {
        return new AccountKey(AccountType.TEST_MONEY, null, null);
    }

    static AccountKey payoutsClearing() {
        return new AccountKey(AccountType.PAYOUTS_CLEARING, null, null);
    }

    /** Stable, unique code: "CREATOR_PAYABLE:42", "PROVIDER_CLEARING:ALIPAY", "REFUNDS_PAYABLE". */
    String code() {
        if (creatorId != null) {
            return type.name() + ":" + creatorId;
        }
        return channel != null ? type.name() + ":" + channel.name() : type.name();
    }
}
