package com.knowpay.payment;

import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * One payment attempt as views, the REST API and other modules see it.
 *
 * @param paymentNo     our merchant trade number ({@code out_trade_no})
 * @param qrContent     what the QR code encodes; null until the provider answered
 * @param failureReason why it failed or was declined, in words safe to show; null otherwise
 */
public record PaymentAttemptView(String paymentNo, ChannelType channel, AttemptStatus status, String qrContent,
                                 Money amount, Instant createdAt, Instant expiresAt, Instant paidAt,
                                 String failureReason) {
}
