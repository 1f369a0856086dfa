package com.knowpay.payment;

/** A notification that must not be trusted: bad signature, not for us, stale, undecryptable. */
public class NotificationRejectedException extends RuntimeException {

    public enum Reason { BAD_SIGNATURE, WRONG_MERCHANT, STALE, MALFORMED }

    private final Reason reason;

    public NotificationRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
