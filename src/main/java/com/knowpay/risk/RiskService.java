package com.knowpay.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What other modules call: assess an order, a payment attempt or a refund request before doing it, and
 * report what happened afterwards. Every assessment is logged and committed on its own (even when the
 * caller then rolls back). Typical use: {@code risk.assessOrder(ctx).orThrow()} and hold the order when
 * the decision {@link RiskDecision#needsReview() needs review}; never show rule or evidence to learners.
 *
 * <p>Deliberately not transactional itself: rate-limit buckets are taken before risk's own transaction
 * opens, so the shared JDBC bucket store never waits on a connection that risk already holds.
 */
@Service
public class RiskService {

    private final ThresholdStore thresholds;
    private final RateLimits rateLimits;
    private final RiskEngine engine;
    private final RiskLookups lookups;
    private final Clock clock;

    RiskService(ThresholdStore thresholds, RateLimits rateLimits, RiskEngine engine, RiskLookups lookups, Clock clock) {
        this.thresholds = thresholds;
        this.rateLimits = rateLimits;
        this.engine = engine;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** Before an order is created. Pass {@code orderRef} (the order number to be) so a review can name it. */
    public RiskDecision assessOrder(OrderRiskContext ctx) {
        return assessOrder(ctx, clock.instant());
    }

    /** Before each payment attempt (each QR code shown). */
    public RiskDecision assessPayment(PaymentRiskContext ctx) {
        return assessPayment(ctx, clock.instant());
    }

    /** Before a refund request is accepted. */
    public RiskDecision assessRefund(RefundRiskContext ctx) {
        return assessRefund(ctx, clock.instant());
    }

    /** Reports an outcome, in the caller's transaction. */
    public void recordOutcome(RiskOutcome outcome) {
        engine.record(outcome, stored(clock.instant()));
    }

    /** True when the user or the IP has an active blocklist entry. */
    public boolean isBlocked(long userId, String ip) {
        return lookups.isBlocked(userId, ip, clock.instant());
    }

    /** The latest review about this order number (any subject type), if there ever was one. */
    public Optional<ReviewItem> reviewFor(String subjectRef) {
        return lookups.reviewFor(subjectRef);
    }

    // Explicit-time variants: the window tests use them instead of a mutable clock.

    RiskDecision assessOrder(OrderRiskContext ctx, Instant now) {
        now = stored(now);
        Thresholds t = thresholds.current();
        List<Finding> rate = rateLimits.forOrder(ctx, t);
        return engine.assessOrder(ctx, t, rate, now);
    }

    RiskDecision assessPayment(PaymentRiskContext ctx, Instant now) {
        now = stored(now);
        Thresholds t = thresholds.current();
        List<Finding> rate = rateLimits.forPayment(ctx, t);
        return engine.assessPayment(ctx, t, rate, now);
    }

    RiskDecision assessRefund(RefundRiskContext ctx, Instant now) {
        return engine.assessRefund(ctx, thresholds.current(), stored(now));
    }

    /**
     * DATETIME(6) keeps microseconds and some engines round rather than truncate: an observation stored
     * "later" than the now it was written at would fall outside its own window.
     */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
