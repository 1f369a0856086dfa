package com.knowpay.analytics;

/** How the dashboard groups business days: per day, per ISO week (Monday first) or per calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH
}
