package com.knowpay.order;

import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An order as views, the REST API and other modules see it; attempts oldest first. */
public record OrderView(String orderNo, long userId, long courseId, String courseTitle, Money amount,
                        OrderStatus status, CancelReason cancelReason, Instant createdAt, Instant expiresAt,
                        Instant paidAt, Money refunded, List<PaymentAttemptView> attempts) {

    public OrderView {
        attempts = List.copyOf(attempts);
    }

    public boolean isOpen() {
        return status == OrderStatus.PENDING_PAYMENT;
    }

    /** The newest attempt, if any. */
    public Optional<PaymentAttemptView> latestAttempt() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    /** The channel that paid, else the one last tried. */
    public Optional<ChannelType> channel() {
        return attempts.stream().filter(a -> a.status() == AttemptStatus.SUCCEEDED).map(PaymentAttemptView::channel)
                .findFirst().or(() -> latestAttempt().map(PaymentAttemptView::channel));
    }
}
