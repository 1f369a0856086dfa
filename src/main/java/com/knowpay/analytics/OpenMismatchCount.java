package com.knowpay.analytics;

/** Implemented by reconciliation (as a bean) so the platform overview can show open mismatches. */
public interface OpenMismatchCount {

    long openMismatches();
}
