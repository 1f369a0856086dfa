package com.knowpay.payment;

import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * @param outTradeNo our payment number, sent to the provider as {@code out_trade_no}
 * @param subject    what the buyer sees in their wallet (the course title)
 * @param expiresAt  the provider should refuse payment after this instant
 */
public record CreatePayment(String outTradeNo, Money amount, String subject, Instant expiresAt) {
}
