package com.knowpay.payment;

import com.knowpay.shared.Money;
import java.time.Instant;

/** What the order module asks for when the learner wants a QR code. */
public record StartAttempt(String orderNo, ChannelType channel, Money amount, String subject, Instant expiresAt) {
}
