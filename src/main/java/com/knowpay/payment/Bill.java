package com.knowpay.payment;

import com.knowpay.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A provider's trade bill for one day, normalised. */
public record Bill(ChannelType channel, LocalDate date, List<Line> lines) {

    public enum LineType { PAYMENT, REFUND }

    /** @param outRefundNo only for refunds */
    public record Line(LineType type, String outTradeNo, String providerTradeNo, String outRefundNo, Money amount,
                       Instant time, String subject) {
    }
}
