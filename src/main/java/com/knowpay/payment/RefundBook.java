package com.knowpay.payment;

import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.payment.VerifiedNotification.RefundNotification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The records of one kind of provider refund, kept by the module that owns them: the payment core's
 * automatic refunds, the refund module's requests (refund depends on payment, never the reverse).
 * {@link RefundExecution} runs every provider refund through one path with a book: {@link #startCall}
 * in a transaction of its own, the provider call outside any transaction, then {@link #outcome} or
 * {@link #callFailed} in another. Each method is one short transaction and never calls a provider.
 *
 * @param <R> what the book answers after recording (e.g. the refund's new state)
 */
public interface RefundBook<R> {

    /** A provider call to make now; {@code query} when the provider already accepted the refund. */
    record Call(ChannelType channel, ProviderRefundCall request, boolean query) {
    }

    /** Who sets the call off: a person (for the audit trail) or, with no actor, the system. */
    record Trigger(Long actorId, String note) {

        public static final Trigger SYSTEM = new Trigger(null, null);
    }

    /** Records the intent to call; empty when there is nothing to call (unknown, not approved, finished). */
    Optional<Call> startCall(String refundNo, Trigger by);

    /** The provider's answer to a refund or a refund query. */
    R outcome(String refundNo, RefundOutcome outcome);

    /** The provider could not be reached or refused for now; {@code retryable}: the same call may work later. */
    R callFailed(String refundNo, String message, boolean retryable);

    /** How long an unfinished refund rests before the janitor calls again. */
    default Duration retryAfter() {
        return Duration.ofMinutes(1);
    }

    /** Refund numbers the janitor should call again: unfinished and untouched since {@code before}. */
    List<String> unfinishedBefore(Instant before, int max);

    /**
     * A verified refund notification. Empty when the refund number is not this book's; FAILED when it
     * cannot be applied yet (e.g. the refund row is not committed) so the provider delivers it again.
     */
    Optional<NotificationOutcome> notified(ChannelType channel, RefundNotification n);
}
