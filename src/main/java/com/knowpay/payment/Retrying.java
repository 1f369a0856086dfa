package com.knowpay.payment;

import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;

/**
 * Runs a recording transaction again when it lost a race: an optimistic-lock conflict, a lock
 * wait or deadlock, or a duplicate inbox key inserted concurrently (the next try sees the winner's
 * row and acknowledges). Any other database failure gives up with FAILED so the provider retries.
 */
final class Retrying {

    private static final Logger log = LoggerFactory.getLogger(Retrying.class);
    static final int TRIES = 6;

    private Retrying() {
    }

    static <T> T run(String what, Supplier<T> work, Supplier<T> onFailure) {
        for (int i = 1; i <= TRIES; i++) {
            try {
                return work.get();
            } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
                log.debug("{}: lost a race (try {}): {}", what, i, raced.getClass().getSimpleName());
                pause(i);
            } catch (DataAccessException | TransactionException dbFailure) {
                log.error("{}: could not be recorded, the provider will retry: {}", what, dbFailure.getMessage());
                return onFailure.get();
            }
        }
        log.error("{}: still conflicting after {} tries, the provider will retry", what, TRIES);
        return onFailure.get();
    }

    static NotificationOutcome outcome(String what, Supplier<NotificationOutcome> work) {
        return run(what, work, () -> NotificationOutcome.FAILED);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
