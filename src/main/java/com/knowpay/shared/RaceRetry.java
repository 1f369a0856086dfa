package com.knowpay.shared;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a short transaction again when it lost a race: an optimistic-lock conflict, a lock wait or
 * deadlock ({@link ConcurrencyFailureException}), or a unique key inserted concurrently
 * ({@link DataIntegrityViolationException}: the next try sees the winner's row). Between tries a short
 * random pause, growing with each try, so the racers do not meet again. After the last try the last
 * failure is thrown; any other failure is thrown at once. {@code work} must open its own transaction
 * (call it from outside one), or the retry would run in the transaction that already failed.
 */
public final class RaceRetry {

    private static final Logger log = LoggerFactory.getLogger(RaceRetry.class);
    public static final int TRIES = 6;

    private RaceRetry() {
    }

    public static <T> T run(String what, Supplier<T> work) {
        for (int i = 1; ; i++) {
            try {
                return work.get();
            } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
                if (i == TRIES) {
                    throw raced;
                }
                log.debug("{}: lost a race (try {}): {}", what, i, raced.getClass().getSimpleName());
                pause(i);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
