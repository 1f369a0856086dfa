package com.knowpay.ledger;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * One line of a journal entry.
 *
 * @param amountFen   signed: debit positive, credit negative
 * @param availableAt on creator-payable lines: when this money leaves the settlement hold
 */
public record PostingView(String accountCode, AccountType accountType, Long creatorId, ChannelType channel,
                          long amountFen, Instant availableAt) {

    /** The unsigned amount. */
    public Money amount() {
        return Money.fen(Math.abs(amountFen));
    }
}
