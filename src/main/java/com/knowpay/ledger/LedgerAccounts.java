package com.knowpay.ledger;

import java.time.Clock;
import java.sql.Timestamp;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds an account row by key, creating it on first use. Creation runs in its own short
 * transaction and tolerates a concurrent creator (UNIQUE code): a duplicate-key error inside the
 * caller's transaction would otherwise leave a lock behind that deadlocks with the next writer.
 */
@Component
class LedgerAccounts {

    private final LedgerAccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    LedgerAccounts(LedgerAccountRepository accounts, JdbcTemplate jdbc, PlatformTransactionManager txManager, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(txManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    LedgerAccount resolve(AccountKey key) {
        return accounts.findByCode(key.code()).orElseGet(() -> {
            newTransaction.executeWithoutResult(s -> insert(key));
            return accounts.findByCode(key.code())
                    .orElseThrow(() -> new IllegalStateException("Ledger account " + key.code() + " was not created"));
        });
    }

    /** Inserts the account unless it exists; call inside a short transaction of its own. */
    void insert(AccountKey key) {
        try {
            jdbc.update("INSERT INTO ledger_account (code, account_type, normal_side, creator_id, channel, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", key.code(), key.type().name(), key.type().normalSide().name(),
                    key.creatorId(), key.channel() == null ? null : key.channel().name(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException alreadyThere) {
            // another transaction created it first: that is the account we want
        }
    }
}
