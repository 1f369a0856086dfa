package com.knowpay.analytics;

import com.knowpay.shared.DomainException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A business-day range, both ends included, and a grouping. At most about three years. */
public record DashboardQuery(LocalDate from, LocalDate to, Granularity granularity) {

    public static final int MAX_DAYS = 1100;

    public DashboardQuery {
        if (from == null || to == null) {
            throw DomainException.invalid("analytics-range-missing", "Choose the first and the last day.");
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("analytics-range-order", "The last day must not be before the first day.");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw DomainException.invalid("analytics-range-too-long", "Choose a range of at most three years.");
        }
        granularity = granularity == null ? Granularity.DAY : granularity;
    }
}
