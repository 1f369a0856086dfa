package com.knowpay.order.web;

import com.knowpay.order.OrderRefundView;
import com.knowpay.order.OrderView;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.shared.web.AmountJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;

/** The REST shapes of orders and payment attempts. Times are ISO-8601 with offset (UTC). */
final class OrderJson {

    private OrderJson() {
    }

    record Order(String orderNo, String status, String cancelReason, long courseId, String courseTitle,
                 AmountJson amount, AmountJson refunded, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                 OffsetDateTime paidAt, List<Payment> attempts, List<Refund> refunds) {

        static Order of(OrderView o) {
            return of(o, List.of());
        }

        static Order of(OrderView o, List<OrderRefundView> refunds) {
            return new Order(o.orderNo(), o.status().name(), o.cancelReason() == null ? null : o.cancelReason().name(),
                    o.courseId(), o.courseTitle(), AmountJson.of(o.amount()), AmountJson.of(o.refunded()),
                    time(o.createdAt()), time(o.expiresAt()), time(o.paidAt()),
                    o.attempts().stream().map(Payment::of).toList(), refunds.stream().map(Refund::of).toList());
        }
    }

    record Refund(String refundNo, String status, AmountJson amount, String reason, OffsetDateTime createdAt,
                  OffsetDateTime completedAt) {

        static Refund of(OrderRefundView r) {
            return new Refund(r.refundNo(), r.status(), AmountJson.of(r.amount()), r.reason(), time(r.createdAt()),
                    time(r.completedAt()));
        }
    }

    record Payment(String paymentNo, String channel, String status, String qrContent, AmountJson amount,
                   OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime paidAt, String failureReason) {

        static Payment of(PaymentAttemptView a) {
            return new Payment(a.paymentNo(), a.channel().name(), a.status().name(), a.qrContent(),
                    AmountJson.of(a.amount()), time(a.createdAt()), time(a.expiresAt()), time(a.paidAt()),
                    a.failureReason());
        }
    }

    record CreateOrder(Long courseId) {
    }

    record CreatePayment(String channel) {
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
