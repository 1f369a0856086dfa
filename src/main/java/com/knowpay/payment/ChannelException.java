package com.knowpay.payment;

/**
 * The provider answered with an error, or could not be reached. {@code retryable} says whether
 * the same call may succeed later (timeouts, 5xx, SYSTEM_ERROR) or will not (bad parameters,
 * insufficient balance). The message is safe to show an admin; it carries no secret.
 */
public class ChannelException extends RuntimeException {

    private final ChannelType channel;
    private final String providerCode;
    private final boolean retryable;

    public ChannelException(ChannelType channel, String providerCode, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.channel = channel;
        this.providerCode = providerCode;
        this.retryable = retryable;
    }

    public ChannelException(ChannelType channel, String providerCode, String message, boolean retryable) {
        this(channel, providerCode, message, retryable, null);
    }

    public ChannelType channel() {
        return channel;
    }

    public String providerCode() {
        return providerCode;
    }

    public boolean retryable() {
        return retryable;
    }
}
