package com.knowpay.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ledger write: always its own transaction (callers are after-commit listeners; a posting must
 * not depend on their transaction) in READ COMMITTED, so that after taking the creator's row
 * lock every read sees what the previous holder committed (MariaDB's default REPEATABLE READ
 * would keep showing the snapshot from before the lock).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
@interface LedgerWrite {
}
