package com.knowpay.ledger;

import java.time.Instant;

/**
 * A posting before it is stored. {@code amountFen}: debit positive, credit negative, never zero.
 * Creator-payable lines carry {@code availableAt}, the end of the settlement hold for that money.
 */
record Line(AccountKey account, long amountFen, Instant availableAt) {

    Line {
        if (amountFen == 0) {
            throw new IllegalArgumentException("A posting of 0 fen on " + account.code() + " says nothing");
        }
        if ((account.type() == AccountType.CREATOR_PAYABLE) != (availableAt != null)) {
            throw new IllegalArgumentException("availableAt is set exactly on creator-payable postings: " + account.code());
        }
    }

    static Line debit(AccountKey account, long fen) {
        return new Line(account, fen, null);
    }

    static Line credit(AccountKey account, long fen) {
        return new Line(account, -fen, null);
    }

    Line opposite() {
        return new Line(account, Math.negateExact(amountFen), availableAt);
    }

    /** Throws unless the amounts sum to zero: the double-entry rule. */
    static void requireBalanced(String reference, Iterable<Long> amounts) {
        long sum = 0;
        int count = 0;
        for (long a : amounts) {
            sum = Math.addExact(sum, a);
            count++;
        }
        if (count < 2) {
            throw new IllegalArgumentException("Journal entry " + reference + " needs at least two postings, has " + count);
        }
        if (sum != 0) {
            throw new IllegalArgumentException("Journal entry " + reference + " does not balance: postings sum to " + sum + " fen");
        }
    }
}
