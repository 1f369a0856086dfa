package com.knowpay.payment;

import org.springframework.stereotype.Component;

/**
 * Provider refunds for the refund module: delegates to the enabled channel. Like every provider
 * call it refuses to run inside a database transaction: record the intent, call, record the outcome.
 * Errors come back as {@link ChannelException}; a channel that is switched off is a retryable one.
 */
@Component
public class PaymentRefunds {

    private final ChannelRegistry channels;

    PaymentRefunds(ChannelRegistry channels) {
        this.channels = channels;
    }

    /** Asks for the refund; the same {@code outRefundNo} again is the same refund at the provider. */
    public RefundOutcome refund(ChannelType channel, ProviderRefundCall request) {
        NoTransaction.require();
        return channel(channel).refund(request);
    }

    public RefundOutcome queryRefund(ChannelType channel, String outTradeNo, String outRefundNo) {
        NoTransaction.require();
        return channel(channel).queryRefund(outTradeNo, outRefundNo);
    }

    private PaymentChannel channel(ChannelType type) {
        return channels.find(type).orElseThrow(() -> new ChannelException(type, "CHANNEL_DISABLED",
                "The " + type + " channel is switched off; the refund waits until it is back.", true));
    }
}
