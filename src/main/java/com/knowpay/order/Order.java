package com.knowpay.order;

import com.knowpay.catalog.CourseView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A purchase of one course by one learner. Freezes title, price and creator at order time and
 * guards every status move (see {@link OrderStatus}); each move is recorded in the history and
 * registers its domain event, published when the repository saves the order.
 */
@Entity
@Table(name = "orders")
class Order extends AbstractAggregateRoot<Order> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_no", nullable = false, length = 32, updatable = false)
    private String orderNo;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "course_title", nullable = false, length = 120, updatable = false)
    private String courseTitle;

    @Column(name = "creator_id", nullable = false, updatable = false)
    private long creatorId;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason", length = 16)
    private CancelReason cancelReason;

    /** "userId:courseId" while the order is open, else null: UNIQUE, so one open order per learner and course. */
    @Column(name = "open_key", length = 48)
    private String openKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_payment_no", length = 32)
    private String paidPaymentNo;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "refunded_fen", nullable = false)
    private long refundedFen;

    /** Promised to refund requests still under way; refunded + reserved never exceeds the amount paid. */
    @Column(name = "reserved_refund_fen", nullable = false)
    private long reservedRefundFen;

    /**
     * Owned by {@link OrderStatusChange#order}: a move appends to this list without loading the
     * order's earlier history (Hibernate queues additions to an uninitialised inverse collection).
     */
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<OrderStatusChange> history = new ArrayList<>();

    protected Order() {
    }

    private Order(String orderNo, long userId, CourseView course, Instant now, Duration timeout) {
        this.orderNo = orderNo;
        this.userId = userId;
        this.courseId = course.id();
        this.courseTitle = course.title();
        this.creatorId = course.creatorId();
        this.amountFen = course.price().fen();
        this.currency = course.price().currency();
        this.status = OrderStatus.PENDING_PAYMENT;
        this.openKey = openKey(userId, course.id());
        this.createdAt = now;
        this.expiresAt = now.plus(timeout);
        history.add(new OrderStatusChange(this, null, status, "placed", now));
    }

    static Order place(String orderNo, long userId, CourseView course, Instant now, Duration timeout) {
        if (course.price().isZero()) {
            throw DomainException.conflict("course-not-for-sale", "This course has no price and cannot be bought.");
        }
        Order order = new Order(orderNo, userId, course, now, timeout);
        order.registerEvent(new OrderPlaced(orderNo, userId, course.id(), course.price(), now));
        return order;
    }

    static String openKey(long userId, long courseId) {
        return userId + ":" + courseId;
    }

    /** The money of {@code paymentNo} arrived in time. */
    void markPaid(String paymentNo, ChannelType channel, Instant at) {
        require(status == OrderStatus.PENDING_PAYMENT, "mark as paid");
        paid(paymentNo, channel, at, "paid by " + paymentNo);
    }

    /** A payment landed after the order had expired, and the learner does not own the course otherwise. */
    void revive(String paymentNo, ChannelType channel, Instant at) {
        require(status == OrderStatus.CANCELLED && cancelReason == CancelReason.TIMEOUT, "revive");
        cancelReason = null;
        cancelledAt = null;
        paid(paymentNo, channel, at, "revived by late payment " + paymentNo);
    }

    void cancel(CancelReason reason, Instant at) {
        require(status == OrderStatus.PENDING_PAYMENT, "cancel");
        if (reason == CancelReason.TIMEOUT && at.isBefore(expiresAt)) {
            throw DomainException.conflict("order-not-expired", "Order " + orderNo + " has not expired yet.");
        }
        move(OrderStatus.CANCELLED, reason.name().toLowerCase(), at);
        cancelReason = reason;
        cancelledAt = at;
        openKey = null;
        registerEvent(new OrderCancelled(orderNo, reason, userId, courseId, new Money(amountFen, currency), at));
    }

    /** Holds {@code amount} for a refund request; refuses when refunded + reserved + amount would exceed what was paid. */
    void reserveRefund(Money amount) {
        require(status.isPaid(), "refund");
        if (amount.isZero() || amount.fen() > amountFen - refundedFen - reservedRefundFen) {
            throw DomainException.conflict("refund-exceeds-paid", "A refund of " + amount + " exceeds the "
                    + new Money(Math.max(0, amountFen - refundedFen - reservedRefundFen), currency)
                    + " still refundable on order " + orderNo + ".");
        }
        reservedRefundFen += amount.fen();
    }

    /** A refund request was rejected or failed for good: its money is free again. */
    void releaseRefund(Money amount) {
        reservedRefundFen = Math.max(0, reservedRefundFen - amount.fen());
    }

    /** Records money given back (consuming its reservation, if any); never more than was paid. */
    void applyRefund(Money amount, Instant at) {
        require(status.isPaid(), "refund");
        reservedRefundFen = Math.max(0, reservedRefundFen - amount.fen());
        if (amount.isZero() || amount.fen() > amountFen - refundedFen) {
            throw DomainException.conflict("refund-exceeds-paid", "A refund of " + amount + " exceeds the "
                    + new Money(amountFen - refundedFen, currency) + " still refundable on order " + orderNo + ".");
        }
        refundedFen += amount.fen();
        move(refundedFen == amountFen ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED,
                "refund " + amount.toYuanString(), at);
        registerEvent(new OrderRefunded(orderNo, amount, status, at));
    }

    boolean isExpired(Instant now) {
        return status == OrderStatus.PENDING_PAYMENT && !now.isBefore(expiresAt);
    }

    private void paid(String paymentNo, ChannelType channel, Instant at, String reason) {
        move(OrderStatus.PAID, reason, at);
        paidAt = at;
        paidPaymentNo = paymentNo;
        openKey = null;
        registerEvent(new OrderPaid(orderNo, userId, courseId, courseTitle, creatorId, amount(), channel, paymentNo, at));
    }

    private void move(OrderStatus to, String reason, Instant at) {
        history.add(new OrderStatusChange(this, status, to, reason.length() > 64 ? reason.substring(0, 64) : reason, at));
        status = to;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw DomainException.conflict("order-state", "Cannot " + action + " order " + orderNo + ": it is "
                    + status + (cancelReason != null ? " (" + cancelReason + ")" : "") + ".");
        }
    }

    OrderView toView(List<PaymentAttemptView> attempts) {
        return new OrderView(orderNo, userId, courseId, courseTitle, amount(), status, cancelReason, createdAt,
                expiresAt, paidAt, new Money(refundedFen, currency), attempts);
    }

    Money amount() {
        return new Money(amountFen, currency);
    }

    RefundableOrder toRefundable(ChannelType paidChannel) {
        return new RefundableOrder(orderNo, userId, courseId, courseTitle, creatorId, amount(),
                new Money(refundedFen, currency), new Money(reservedRefundFen, currency), status, paidAt,
                paidPaymentNo, paidChannel);
    }

    List<OrderStatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    List<Object> events() {
        return List.copyOf(domainEvents());
    }

    String orderNo() {
        return orderNo;
    }

    long userId() {
        return userId;
    }

    long courseId() {
        return courseId;
    }

    OrderStatus status() {
        return status;
    }

    CancelReason cancelReason() {
        return cancelReason;
    }

    String paidPaymentNo() {
        return paidPaymentNo;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    String openKey() {
        return openKey;
    }
}
