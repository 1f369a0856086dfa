package com.knowpay.payment;

import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * A notification whose signature verified and whose app/merchant id is ours. Amount checks
 * against our own records are the core's job.
 */
public sealed interface VerifiedNotification {

    /**
     * @return the key under which the inbox records it: the same provider event always gives
     * the same key, so a retry or replay is recognised as a duplicate.
     */
    String inboxKey();

    /** The verified content, for the admin's order detail (no secrets in it). */
    String rawVerified();

    /**
     * The inbox key every channel should use for a trade's state: the provider's trade number and
     * the state ({@code PAID} for paid, whether or not refunded since). A notification and an active
     * query of the same payment then give the same key and de-duplicate each other.
     */
    static String tradeInboxKey(ProviderTrade trade) {
        String id = trade.providerTradeNo() != null ? trade.providerTradeNo() : trade.outTradeNo();
        String state = trade.isPaid() ? TradeState.PAID.name() : trade.state().name();
        return id + ":" + state;
    }

    /**
     * A trade changed state. {@code trade.state()} PAID is the one that matters; WAITING or
     * CLOSED notifications are acknowledged and recorded only.
     */
    record TradeNotification(String inboxKey, ProviderTrade trade, String rawVerified) implements VerifiedNotification {
    }

    /** A refund reached a final state (WeChat refund notifications). */
    record RefundNotification(String inboxKey, String outTradeNo, String outRefundNo, String providerRefundNo,
                              RefundOutcome.Status status, Money amount, Instant completedAt, String rawVerified)
            implements VerifiedNotification {
    }
}
