package com.knowpay.entitlement;

import java.time.Instant;

/** A course the learner owns, for "My learning". */
public record LibraryItem(long courseId, String courseTitle, String orderNo, Instant grantedAt) {
}
