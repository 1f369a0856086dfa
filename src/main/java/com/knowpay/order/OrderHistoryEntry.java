package com.knowpay.order;

import java.time.Instant;

/** One move of an order's status, for the admin's order detail. */
public record OrderHistoryEntry(OrderStatus from, OrderStatus to, String reason, Instant at) {
}
