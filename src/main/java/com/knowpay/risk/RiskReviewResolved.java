package com.knowpay.risk;

/**
 * Published when an admin approves or rejects a review, in the same transaction. The order module
 * releases the held order (approved) or cancels it with reason RISK (rejected).
 *
 * @param subjectType ORDER, PAYMENT or REFUND
 * @param subjectRef  the order number (for ORDER: the context's orderRef; may be null if none was given)
 */
public record RiskReviewResolved(long reviewId, String subjectType, String subjectRef, long userId, boolean approved) {
}
