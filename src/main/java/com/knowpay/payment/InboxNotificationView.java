package com.knowpay.payment;

import java.time.Instant;

/** One verified provider event from the payment inbox, for the admin's order detail (no secrets in it). */
public record InboxNotificationView(ChannelType channel, String inboxKey, String paymentNo, String source,
                                    String tradeState, String rawVerified, Instant receivedAt) {
}
