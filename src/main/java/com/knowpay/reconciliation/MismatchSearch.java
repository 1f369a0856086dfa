package com.knowpay.reconciliation;

import com.knowpay.payment.ChannelType;
import java.time.LocalDate;

/** Queue filters; null = any. */
public record MismatchSearch(MismatchType type, MismatchStatus status, ChannelType channel, LocalDate date) {

    public static MismatchSearch open() {
        return new MismatchSearch(null, MismatchStatus.OPEN, null, null);
    }

    public static MismatchSearch all() {
        return new MismatchSearch(null, null, null, null);
    }
}
