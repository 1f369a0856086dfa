package com.knowpay.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the rules, keeps the strongest verdict and writes the observation, the decision-log row and, for
 * REVIEW, the review item. Each assessment commits in its own transaction, so a blocked attempt stays
 * in the log even when the caller's transaction rolls back on the refusal.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class RiskEngine {

    private static final Logger log = LoggerFactory.getLogger(RiskEngine.class);

    private final RuleChecks checks;
    private final RiskSignalRepository signals;
    private final RiskDecisionRepository decisions;
    private final RiskReviewRepository reviews;

    RiskEngine(RuleChecks checks, RiskSignalRepository signals, RiskDecisionRepository decisions,
               RiskReviewRepository reviews) {
        this.checks = checks;
        this.signals = signals;
        this.decisions = decisions;
        this.reviews = reviews;
    }

    RiskDecision assessOrder(OrderRiskContext c, Thresholds t, List<Finding> rateFindings, Instant now) {
        signals.save(new RiskSignal(SignalKind.ORDER_ATTEMPT, now, c.userId(), c.ip(), c.deviceId(), c.courseId(),
                c.orderRef(), c.amountFen(), null));
        List<Finding> findings = new ArrayList<>();
        checks.blocklist(c.userId(), c.ip(), now).ifPresent(findings::add);
        findings.addAll(rateFindings);
        checks.abandonedOrders(c.userId(), t, now).ifPresent(findings::add);
        checks.sharedDevice(c, t, now).ifPresent(findings::add);
        checks.amountAnomaly(c, t, now).ifPresent(findings::add);
        return decide(Subject.of(c), findings, now);
    }

    RiskDecision assessPayment(PaymentRiskContext c, Thresholds t, List<Finding> rateFindings, Instant now) {
        signals.save(new RiskSignal(SignalKind.PAYMENT_ATTEMPT, now, c.userId(), c.ip(), null, null, c.orderNo(),
                c.amountFen(), null));
        List<Finding> findings = new ArrayList<>();
        checks.blocklist(c.userId(), c.ip(), now).ifPresent(findings::add);
        findings.addAll(rateFindings);
        checks.failedPayments(c.userId(), t, now).ifPresent(findings::add);
        return decide(Subject.of(c), findings, now);
    }

    RiskDecision assessRefund(RefundRiskContext c, Thresholds t, Instant now) {
        signals.save(new RiskSignal(SignalKind.REFUND_REQUEST, now, c.userId(), c.ip(), null, null, c.orderNo(),
                c.amountFen(), c.consumedPercent()));
        List<Finding> findings = new ArrayList<>();
        checks.blocklist(c.userId(), c.ip(), now).ifPresent(findings::add);
        checks.refundFrequency(c, t, now).ifPresent(findings::add);
        checks.refundConsumed(c, t).ifPresent(findings::add);
        return decide(Subject.of(c), findings, now);
    }

    /** Outcomes belong to the reporter's transaction: if its state change rolls back, so does the observation. */
    @Transactional(propagation = Propagation.REQUIRED)
    void record(RiskOutcome o, Instant now) {
        signals.save(new RiskSignal(SignalKind.of(o.type()), o.at() == null ? now : RiskService.stored(o.at()), o.userId(), o.ip(), null,
                o.courseId(), o.orderNo(), o.amountFen(), o.consumedPercent()));
    }

    private RiskDecision decide(Subject subject, List<Finding> findings, Instant now) {
        Optional<RiskReview> review = subject.ref() == null ? Optional.empty()
                : reviews.findFirstBySubjectRefAndSubjectTypeInOrderByIdDesc(subject.ref(), subject.reviewGroup());
        String released = null;
        if (review.isPresent()) {
            ReviewItem r = review.get().toItem();
            switch (r.status()) {
                case REJECTED -> findings.add(Finding.block(RiskRule.REVIEW_REJECTED, "review #" + r.id() + " rejected"));
                case PENDING -> findings.add(Finding.review(RiskRule.REVIEW_PENDING, "review #" + r.id() + " pending"));
                case APPROVED -> released = "released by approved review #" + r.id();
            }
        }
        Optional<Finding> decisive = decisive(findings);
        Verdict verdict = decisive.map(Finding::verdict).orElse(Verdict.ALLOW);
        String evidence = findings.stream().map(Finding::evidence).collect(Collectors.joining("; "));
        if (released != null && verdict != Verdict.BLOCK) {
            verdict = Verdict.ALLOW;
            evidence = evidence.isEmpty() ? released : evidence + "; " + released;
            decisive = Optional.empty();
        }
        String rule = decisive.map(f -> f.rule().code()).orElse(null);
        RiskDecisionEntry entry = decisions.save(new RiskDecisionEntry(now, subject, verdict, rule, evidence));
        if (verdict == Verdict.REVIEW && review.map(r -> r.getStatus() != ReviewItem.Status.PENDING).orElse(true)) {
            reviews.save(new RiskReview(entry.getId(), subject, rule, entry.getEvidence(), now));
        }
        if (verdict != Verdict.ALLOW) {
            log.info("Risk {} for {} {} of user {}: decision {} rule {}", verdict, subject.type(), subject.ref(),
                    subject.userId(), entry.getId(), rule);
        }
        long retryAfter = decisive.map(Finding::retryAfterSeconds).orElse(0L);
        return new RiskDecision(verdict, rule, evidence, entry.getId(), message(subject, verdict, retryAfter), retryAfter);
    }

    /** A lasting block beats a rate limit (whose retry-after would mislead); any block beats a review. */
    private static Optional<Finding> decisive(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.verdict() != Verdict.ALLOW)
                .max(Comparator.comparingInt((Finding f) -> f.verdict().ordinal())
                        .thenComparing(f -> !f.rule().isRateLimit())
                        .thenComparing(f -> -findings.indexOf(f)));
    }

    private static String message(Subject subject, Verdict verdict, long retryAfter) {
        boolean refund = subject.type() == SubjectType.REFUND;
        return switch (verdict) {
            case ALLOW -> null;
            case REVIEW -> refund ? RiskDecision.MESSAGE_REVIEW_REFUND : RiskDecision.MESSAGE_REVIEW;
            case BLOCK -> retryAfter > 0 ? RiskDecision.MESSAGE_RATE_LIMITED
                    : refund ? RiskDecision.MESSAGE_BLOCKED_REFUND : RiskDecision.MESSAGE_BLOCKED;
        };
    }
}
