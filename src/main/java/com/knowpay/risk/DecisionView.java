package com.knowpay.risk;

import java.time.Instant;

/** One row of the decision log. */
public record DecisionView(long id, Instant at, SubjectType kind, long userId, String ip, String deviceId,
                           String subjectRef, Long courseId, long amountFen, Verdict verdict, String rule,
                           String evidence) {
}
