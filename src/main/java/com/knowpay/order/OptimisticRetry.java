package com.knowpay.order;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;

/** Runs a short order transaction again when a concurrent payment or click changed the order first. */
final class OptimisticRetry {

    private static final int TRIES = 5;

    private OptimisticRetry() {
    }

    static <T> T run(Supplier<T> work) {
        ConcurrencyFailureException last = null;
        for (int i = 0; i < TRIES; i++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException e) {
                last = e;
                try {
                    Thread.sleep(10L * (i + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw last;
    }
}
