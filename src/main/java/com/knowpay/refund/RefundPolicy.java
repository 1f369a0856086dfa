package com.knowpay.refund;

import com.knowpay.catalog.CourseKind;
import com.knowpay.order.OrderStatus;
import com.knowpay.shared.Money;
import java.time.Instant;

/**
 * What a learner may ask for on one order, shown on the order detail and the refund form.
 *
 * @param kind            the course kind the window comes from (null when the course is gone)
 * @param refundableUntil end of the learner's window; null when the order was never paid
 * @param refundable      what is still refundable (paid − refunded − reserved)
 * @param open            whether the learner may ask now (paid, in the window, money left)
 */
public record RefundPolicy(String orderNo, String courseTitle, CourseKind kind, int windowDays, Money paid,
                           Money refundable, OrderStatus orderStatus, Instant refundableUntil, boolean open,
                           Money secondApprovalAbove) {
}
