package com.knowpay.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The database keeps microseconds; instants are cut to that so what we compare is what we stored. */
final class Times {

    private Times() {
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
