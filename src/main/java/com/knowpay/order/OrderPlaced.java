package com.knowpay.order;

import com.knowpay.shared.Money;
import java.time.Instant;

/** A learner placed an order (published in the placing transaction). */
public record OrderPlaced(String orderNo, long userId, long courseId, Money amount, Instant createdAt) {
}
