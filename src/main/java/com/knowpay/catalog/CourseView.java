package com.knowpay.catalog;

import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.List;

/** A course as views and other modules see it. {@code content} is only filled for those allowed to read it. */
public record CourseView(long id, CourseKind kind, String title, String subtitle, String description,
                         String coverUrl, List<String> tags, Money price, long creatorId, String creatorName,
                         CourseStatus status, Instant createdAt, Instant publishedAt) {

    public boolean isPurchasable() {
        return status == CourseStatus.PUBLISHED;
    }
}
