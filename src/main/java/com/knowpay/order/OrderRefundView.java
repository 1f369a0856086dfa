package com.knowpay.order;

import com.knowpay.shared.Money;
import java.time.Instant;

/** One refund of an order, as the order screens and the REST API show it (the refund module supplies it). */
public record OrderRefundView(String refundNo, Money amount, String status, String reason, Instant createdAt,
                              Instant completedAt) {
}
