package com.knowpay.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One verified provider event, written in the same transaction as its effect. UNIQUE
 * (channel, inbox_key) turns at-least-once delivery into an exactly-once effect.
 */
@Entity
@Table(name = "payment_notification_inbox")
class InboxEntry {

    enum Source { NOTIFICATION, QUERY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChannelType channel;

    @Column(name = "inbox_key", nullable = false, length = 128)
    private String inboxKey;

    @Column(name = "payment_no", length = 32)
    private String paymentNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @Column(name = "trade_state", length = 16)
    private String tradeState;

    @Column(name = "raw_content")
    private String rawContent;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboxEntry() {
    }

    InboxEntry(ChannelType channel, String inboxKey, String paymentNo, Source source, String tradeState,
               String rawContent, Instant receivedAt) {
        this.channel = channel;
        this.inboxKey = inboxKey;
        this.paymentNo = paymentNo;
        this.source = source;
        this.tradeState = tradeState;
        this.rawContent = rawContent;
        this.receivedAt = receivedAt;
    }
}
