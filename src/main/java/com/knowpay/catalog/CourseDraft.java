package com.knowpay.catalog;

import java.util.List;

/** What a creator types into the course form. Validated by the aggregate. */
public record CourseDraft(CourseKind kind, String title, String subtitle, String description, String coverUrl,
                          List<String> tags, String priceYuan, String content) {
}
