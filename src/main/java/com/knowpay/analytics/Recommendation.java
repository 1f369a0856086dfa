package com.knowpay.analytics;

import com.knowpay.catalog.CourseKind;
import com.knowpay.shared.Money;

/** A course suggested next to another one, and why. */
public record Recommendation(long courseId, String title, String creatorName, CourseKind kind, Money price,
                             String coverUrl, Reason reason, long score) {

    public enum Reason {
        /** Learners who bought the course also bought this one ({@code score} = how many). */
        ALSO_BOUGHT,
        /** Cold start: a best-seller of the same tag or kind ({@code score} = paid orders). */
        POPULAR
    }
}
