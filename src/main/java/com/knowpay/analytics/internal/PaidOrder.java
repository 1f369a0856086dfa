package com.knowpay.analytics.internal;

import java.time.Instant;

/** An order payment as the roll-ups need it. {@code tags} comma-separated, lower case. */
public record PaidOrder(String orderNo, long userId, long courseId, long creatorId, String kind, String tags,
                        String channel, long amountFen, Instant paidAt) {
}
