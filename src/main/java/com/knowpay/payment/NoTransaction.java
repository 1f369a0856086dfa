package com.knowpay.payment;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Guard for code that calls a provider: no database transaction may be open across such a call. */
final class NoTransaction {

    private NoTransaction() {
    }

    static void require() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A provider call must not run inside a database transaction");
        }
    }
}
