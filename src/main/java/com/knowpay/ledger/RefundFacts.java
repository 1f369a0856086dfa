package com.knowpay.ledger;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * What the ledger hears of a refund, declared here and implemented by the refund module's events
 * (their record components satisfy these accessors). The ledger's listener ({@code LedgerRefundHandlers})
 * owns the reaction without importing the refund module: that module depends on the ledger (it
 * answers {@link RefundExpectations}), so an import the other way would close a cycle.
 */
public interface RefundFacts {

    String refundNo();

    String orderNo();

    /** The last approval: the creator's share is held while the money goes back. */
    interface Approved extends RefundFacts {
        long creatorId();

        ChannelType channel();

        Money amount();

        Money orderGross();

        Instant approvedAt();
    }

    /** The provider gave the money back. */
    interface Completed extends RefundFacts {
        long creatorId();

        ChannelType channel();

        Money amount();

        Money orderGross();

        Instant refundedAt();
    }

    /** The provider refused or closed an approved refund for good: no money went back. */
    interface FailedForGood extends RefundFacts {
    }
}
