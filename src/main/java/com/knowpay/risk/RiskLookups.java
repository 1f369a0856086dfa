package com.knowpay.risk;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only questions other modules ask. */
@Component
@Transactional(readOnly = true)
class RiskLookups {

    private final RiskBlockRepository blocks;
    private final RiskReviewRepository reviews;

    RiskLookups(RiskBlockRepository blocks, RiskReviewRepository reviews) {
        this.blocks = blocks;
        this.reviews = reviews;
    }

    boolean isBlocked(long userId, String ip, Instant now) {
        return !blocks.findActive(String.valueOf(userId), ip == null || ip.isBlank() ? "" : ip.strip(), now).isEmpty();
    }

    Optional<ReviewItem> reviewFor(String subjectRef) {
        if (subjectRef == null || subjectRef.isBlank()) {
            return Optional.empty();
        }
        return reviews.findFirstBySubjectRefOrderByIdDesc(subjectRef.strip()).map(RiskReview::toItem);
    }
}
