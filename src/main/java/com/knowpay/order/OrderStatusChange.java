package com.knowpay.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.FetchType;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an order's status; written by the aggregate, never changed. */
@Entity
@Table(name = "order_status_change")
class OrderStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24, updatable = false)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24, updatable = false)
    private OrderStatus to;

    @Column(length = 64, updatable = false)
    private String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    protected OrderStatusChange() {
    }

    OrderStatusChange(Order order, OrderStatus from, OrderStatus to, String reason, Instant at) {
        this.order = order;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.at = at;
    }

    OrderStatus from() {
        return from;
    }

    OrderStatus to() {
        return to;
    }

    String reason() {
        return reason;
    }

    Instant at() {
        return at;
    }
}
