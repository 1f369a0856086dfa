package com.knowpay.risk;

import com.knowpay.audit.AuditRecord;
import com.knowpay.audit.AuditService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins' side of risk control: the review queue, the blocklist, the thresholds and the decision log.
 * Every change is audited in the same transaction; resolving a review publishes {@link RiskReviewResolved}.
 */
@Service
@Transactional
@RolesAllowed("ADMIN")
public class RiskAdminService {

    private final RiskReviewRepository reviews;
    private final RiskBlockRepository blocks;
    private final RiskRuleSettingRepository settings;
    private final ThresholdStore thresholds;
    private final RiskDecisionRepository decisions;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskAdminService(RiskReviewRepository reviews, RiskBlockRepository blocks, RiskRuleSettingRepository settings,
                     ThresholdStore thresholds, RiskDecisionRepository decisions, AuditService audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.blocks = blocks;
        this.settings = settings;
        this.thresholds = thresholds;
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- review queue

    @Transactional(readOnly = true)
    public List<ReviewItem> pendingReviews() {
        return reviews.findByStatusOrderByCreatedAtAscIdAsc(ReviewItem.Status.PENDING).stream()
                .map(RiskReview::toItem).toList();
    }

    /** Releases the held subject. The admin may not resolve a review about their own account. */
    public ReviewItem approve(long reviewId, String note) {
        return resolve(reviewId, clean(note, "note", 1000, false), true);
    }

    /** Refuses the held subject (the order module cancels it); a note saying why is required. */
    public ReviewItem reject(long reviewId, String note) {
        return resolve(reviewId, clean(note, "note", 1000, true), false);
    }

    private ReviewItem resolve(long reviewId, String note, boolean approved) {
        KnowPayPrincipal admin = CurrentUser.require();
        RiskReview review = reviews.findById(reviewId)
                .orElseThrow(() -> DomainException.notFound("risk-review-not-found", "This review does not exist."));
        String before = review.getStatus().name();
        if (approved) {
            review.approve(admin.userId(), admin.username(), note, clock.instant());
        } else {
            review.reject(admin.userId(), admin.username(), note, clock.instant());
        }
        ReviewItem item = reviews.save(review).toItem();
        audit.record(new AuditRecord(approved ? "risk.review.approve" : "risk.review.reject", "risk-review",
                String.valueOf(reviewId), before, item.status().name() + " " + item.subjectType() + " "
                + item.subjectRef() + " user " + item.userId(), note));
        events.publishEvent(new RiskReviewResolved(item.id(), item.subjectType().name(), item.subjectRef(),
                item.userId(), approved));
        return item;
    }

    // ---- blocklist

    @Transactional(readOnly = true)
    public List<BlocklistEntry> blocklist() {
        Instant now = clock.instant();
        return blocks.findAllByOrderByCreatedAtDescIdDesc().stream().map(b -> b.toEntry(now)).toList();
    }

    /**
     * Adds a user id or an IP address to the blocklist (or renews its reason and expiry if listed).
     *
     * @param expiresAt null = until removed; otherwise must be in the future
     */
    public BlocklistEntry block(BlockTarget target, String value, String reason, Instant expiresAt) {
        if (target == null) {
            throw new FieldValidationException(Map.of("target", "Choose a user id or an IP address."));
        }
        String normalized = target == BlockTarget.USER ? BlocklistValues.userId(value) : BlocklistValues.ip(value);
        String why = clean(reason, "reason", 500, true);
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new FieldValidationException(Map.of("expiresAt", "The expiry must be in the future (or empty)."));
        }
        String by = CurrentUser.require().username();
        Optional<RiskBlock> existing = blocks.findByTargetAndValue(target, normalized);
        String before = existing.map(RiskBlock::describe).orElse(null);
        RiskBlock block = existing.orElseGet(() -> new RiskBlock(target, normalized, why, now, by, expiresAt));
        block.renew(why, now, by, expiresAt);
        block = blocks.save(block);
        audit.record(new AuditRecord("risk.blocklist.add", "risk-blocklist", target + ":" + normalized, before,
                block.describe(), why));
        return block.toEntry(now);
    }

    public void unblock(long entryId, String note) {
        RiskBlock block = blocks.findById(entryId).orElseThrow(() ->
                DomainException.notFound("risk-block-not-found", "This blocklist entry no longer exists."));
        BlocklistEntry entry = block.toEntry(clock.instant());
        blocks.delete(block);
        audit.record(new AuditRecord("risk.blocklist.remove", "risk-blocklist", entry.target() + ":" + entry.value(),
                block.describe(), "removed", clean(note, "note", 1000, false)));
    }

    // ---- thresholds

    @Transactional(readOnly = true)
    public List<RuleSettingView> ruleSettings() {
        return thresholds.views();
    }

    /** Changes one threshold; it applies to the next assessment on every node. */
    public RuleSettingView updateRuleSetting(RiskRuleSetting setting, long value) {
        if (!setting.accepts(value)) {
            throw new FieldValidationException(Map.of("value",
                    "Enter a whole number from " + setting.min() + " to " + setting.max() + "."));
        }
        Thresholds current = thresholds.current();
        checkPairs(setting, value, current);
        long before = current.get(setting);
        String by = CurrentUser.require().username();
        Instant now = clock.instant();
        RiskRuleSettingEntry row = settings.findById(setting.key())
                .orElseGet(() -> new RiskRuleSettingEntry(setting.key(), value, now, by));
        row.change(value, now, by);
        settings.save(row);
        audit.record(AuditRecord.of("risk.setting.change", "risk-setting", setting.key(), String.valueOf(before),
                String.valueOf(value)));
        return thresholds.views().stream().filter(v -> v.setting() == setting).findFirst().orElseThrow();
    }

    /** A block limit must stay above its review limit, or the review step would never happen. */
    private static void checkPairs(RiskRuleSetting setting, long value, Thresholds t) {
        record Pair(RiskRuleSetting review, RiskRuleSetting block) {
        }
        for (Pair p : List.of(new Pair(RiskRuleSetting.FAILED_PAYMENTS_REVIEW, RiskRuleSetting.FAILED_PAYMENTS_BLOCK),
                new Pair(RiskRuleSetting.REFUND_REVIEW_LIMIT, RiskRuleSetting.REFUND_BLOCK_LIMIT))) {
            if (setting == p.review() && value >= t.get(p.block())) {
                throw new FieldValidationException(Map.of("value", "Must be lower than "
                        + p.block().key() + " (" + t.get(p.block()) + ")."));
            }
            if (setting == p.block() && value <= t.get(p.review())) {
                throw new FieldValidationException(Map.of("value", "Must be higher than "
                        + p.review().key() + " (" + t.get(p.review()) + ")."));
            }
        }
    }

    // ---- decision log

    @Transactional(readOnly = true)
    public Page<DecisionView> searchDecisions(DecisionSearch search, int page, int size) {
        String ip = search.ip() == null || search.ip().isBlank() ? null : search.ip().strip();
        String rule = search.rule() == null || search.rule().isBlank() ? null : search.rule().strip();
        return decisions.search(search.userId(), ip, search.verdict(), rule, search.from(), search.to(),
                        PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200), Sort.by(Sort.Direction.DESC, "id")))
                .map(RiskDecisionEntry::toView);
    }

    /** Rule codes for the decision-log filter. */
    @Transactional(readOnly = true)
    public List<String> ruleCodes() {
        return Arrays.stream(RiskRule.values()).map(RiskRule::code).toList();
    }

    private static String clean(String text, String field, int max, boolean required) {
        String t = text == null ? "" : text.strip();
        if (required && t.isEmpty()) {
            throw new FieldValidationException(Map.of(field, "Please give a reason."));
        }
        if (t.length() > max) {
            throw new FieldValidationException(Map.of(field, "At most " + max + " characters."));
        }
        return t.isEmpty() ? null : t;
    }
}
