package com.knowpay.ledger;

import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.account.UserView;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import com.knowpay.shared.security.Role;
import java.time.Instant;
import java.util.UUID;

/** Unique data for tests on the shared database: fresh creators, unique order numbers, sign-in helpers. */
final class LedgerFixtures {

    private LedgerFixtures() {
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static UserView newCreator(AccountService accounts) {
        String name = "lc" + unique();
        return accounts.register(new RegisterCommand(name, "Creator " + name, null, "teach2026x", Role.CREATOR));
    }

    static UserView newLearner(AccountService accounts) {
        String name = "ll" + unique();
        return accounts.register(new RegisterCommand(name, "Learner " + name, null, "study2026x", Role.LEARNER));
    }

    static PaymentPosting payment(long creatorId, long fen, Instant paidAt) {
        return payment(creatorId, ChannelType.ALIPAY, fen, paidAt);
    }

    static PaymentPosting payment(long creatorId, ChannelType channel, long fen, Instant paidAt) {
        String no = unique();
        return new PaymentPosting("payment:P" + no, "O" + no, creatorId, channel, Money.fen(fen), paidAt);
    }

    static RefundPosting refund(PaymentPosting p, long fen, Instant at) {
        return new RefundPosting("refund:R" + unique(), p.orderNo(), p.creatorId(), p.channel(), Money.fen(fen), p.gross(), at);
    }
}
