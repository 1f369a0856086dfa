package com.knowpay.payment;

import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.shared.RaceRetry;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Records provider news with {@link RaceRetry} (a lost race is tried again; a concurrent duplicate
 * inbox row is seen and acknowledged on the next try) and turns a database that still fails into
 * the answer that makes the provider deliver again.
 */
final class Retrying {

    private static final Logger log = LoggerFactory.getLogger(Retrying.class);

    private Retrying() {
    }

    static <T> T run(String what, Supplier<T> work, Supplier<T> onFailure) {
        try {
            return RaceRetry.run(what, work);
        } catch (DataAccessException | TransactionException dbFailure) {
            log.error("{}: could not be recorded, the provider will retry: {}", what, dbFailure.getMessage());
            return onFailure.get();
        }
    }

    static NotificationOutcome outcome(String what, Supplier<NotificationOutcome> work) {
        return run(what, work, () -> NotificationOutcome.FAILED);
    }
}
