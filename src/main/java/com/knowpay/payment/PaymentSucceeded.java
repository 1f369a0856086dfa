package com.knowpay.payment;

import com.knowpay.shared.Money;
import java.time.Instant;

/** Verified money for one attempt of an order, handed to the {@link PaymentOutcomeHandler}. */
public record PaymentSucceeded(String orderNo, String paymentNo, ChannelType channel, Money amount,
                               String providerTradeNo, Instant paidAt) {
}
