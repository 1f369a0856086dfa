package com.knowpay.ledger;

import com.knowpay.account.AccountService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.security.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-creator lock row and the creator's position. Every write for a creator starts with
 * {@link #lock}: the row (and the creator's accounts) are created on first use in a short
 * transaction of their own, then locked {@code FOR UPDATE} in the caller's transaction.
 */
@Component
class CreatorStates {

    private final CreatorStateRepository states;
    private final PostingRepository postings;
    private final LedgerAccounts accounts;
    private final AccountService users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    CreatorStates(CreatorStateRepository states, PostingRepository postings, LedgerAccounts accounts,
                  AccountService users, JdbcTemplate jdbc, PlatformTransactionManager txManager, Clock clock) {
        this.states = states;
        this.postings = postings;
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(txManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    CreatorState lock(long creatorId) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_creator_state WHERE creator_id = ?", Integer.class, creatorId);
        if (rows == null || rows == 0) {
            requireCreator(creatorId);
            newTransaction.executeWithoutResult(s -> create(creatorId));
        }
        return states.lock(creatorId).orElseThrow(() -> new IllegalStateException("No ledger state for creator " + creatorId));
    }

    private void requireCreator(long creatorId) {
        boolean creator = users.find(creatorId).map(u -> u.role() == Role.CREATOR).orElse(false);
        if (!creator) {
            throw DomainException.invalid("ledger-unknown-creator", "User " + creatorId + " is not a creator; nothing was posted.");
        }
    }

    /** State row first: a racing first posting waits on its key and then stops here, accounts and all. */
    private void create(long creatorId) {
        try {
            jdbc.update("INSERT INTO ledger_creator_state (creator_id, version, payable_fen, receivable_fen, paid_out_fen, updated_at) "
                    + "VALUES (?, 0, 0, 0, 0, ?)", creatorId, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException alreadyThere) {
            return;
        }
        accounts.insert(AccountKey.payable(creatorId));
        accounts.insert(AccountKey.receivable(creatorId));
    }

    /** The creator's money by availability, as of {@code now}. */
    CreatorPosition position(long creatorId, Instant now) {
        Map<Instant, Long> owed = new HashMap<>();
        owed.put(Instant.EPOCH, -postings.availableSum(creatorId, now));
        for (Object[] group : postings.pendingGroups(creatorId, now)) {
            owed.put((Instant) group[0], -((Number) group[1]).longValue());
        }
        return new CreatorPosition(creatorId, owed, postings.receivableSum(creatorId));
    }
}
