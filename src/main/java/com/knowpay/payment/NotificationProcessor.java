package com.knowpay.payment;

/**
 * The one path every notification takes, whatever the channel: verify with the channel, match
 * the attempt, check amount, record in the inbox and apply in one transaction. The channel's
 * HTTP endpoint maps the outcome to the provider's answer.
 */
public interface NotificationProcessor {

    NotificationOutcome process(ChannelType channel, NotificationRequest request);

    enum NotificationOutcome {
        /** Verified and applied now. Answer success. */
        APPLIED,
        /** Verified; seen before or nothing to change (a retry, a replay, a WAITING update). Answer success. */
        ACKNOWLEDGED,
        /** Did not verify, not ours, or does not match our records (a security event). Answer failure. */
        REJECTED,
        /** Verified but could not be recorded now (database down…). Answer failure so the provider retries. */
        FAILED;

        public boolean acknowledged() {
            return this == APPLIED || this == ACKNOWLEDGED;
        }
    }
}
