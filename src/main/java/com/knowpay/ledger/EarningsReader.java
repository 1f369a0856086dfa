package com.knowpay.ledger;

import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Balances and statements, derived from the postings. */
@Component
class EarningsReader {

    private final CreatorStates states;
    private final CreatorStateRepository stateRows;
    private final PostingRepository postings;
    private final PayoutDesk payouts;

    EarningsReader(CreatorStates states, CreatorStateRepository stateRows, PostingRepository postings, PayoutDesk payouts) {
        this.states = states;
        this.stateRows = stateRows;
        this.postings = postings;
        this.payouts = payouts;
    }

    CreatorBalance balance(long creatorId, Instant asOf) {
        Instant now = Times.micros(asOf);
        CreatorPosition position = states.position(creatorId, now);
        long paidOut = stateRows.findById(creatorId).map(CreatorState::getPaidOutFen).orElse(0L);
        return new CreatorBalance(creatorId, fen(position.pending(now)), fen(position.available(now)), fen(paidOut),
                fen(position.total()), fen(position.receivable()), payouts.openAmount(creatorId));
    }

    List<StatementLine> statement(long creatorId, Instant from, Instant to) {
        return postings.statement(creatorId, from, to).stream().map(EarningsReader::line).toList();
    }

    private static StatementLine line(Posting p) {
        JournalEntry e = p.getEntry();
        boolean owedLine = p.getAccount().getType() == AccountType.CREATOR_RECEIVABLE;
        // a credit on either creator account is good for the creator: more owed to them, or less owed by them
        boolean credit = p.getAmountFen() < 0;
        return new StatementLine(e.getOccurredAt(), e.getDescription(), e.getOrderNo(), Money.fen(Math.abs(p.getAmountFen())),
                credit, owedLine ? "OWED" : e.getKind().name(), owedLine || !credit ? null : p.getAvailableAt(),
                e.getReference());
    }

    /** Display guard: a sound position never has negative parts; if it did, the invariant job reports it. */
    private static Money fen(long fen) {
        return Money.fen(Math.max(0, fen));
    }
}
