package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of a channel's bill for a day.
 *
 * @param mismatches    discrepancies found by this run (new or already queued)
 * @param newMismatches of those, how many were not queued before
 * @param note          a remark kept on runs from before people's refunds were matched; null on newer runs
 * @param error         why the run failed; null unless FAILED
 */
public record ReconciliationRunView(long id, ChannelType channel, LocalDate date, RunStatus status, int billLines,
                                    int localRecords, int mismatches, int newMismatches, String startedBy,
                                    Instant startedAt, Instant finishedAt, String note, String error) {
}
