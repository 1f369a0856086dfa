package com.knowpay.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One observation, never changed after it is written (old rows are deleted by the janitor). */
@Entity
@Table(name = "risk_signal")
class RiskSignal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SignalKind kind;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(length = 64)
    private String ip;

    @Column(name = "device_id", length = 128)
    private String deviceId;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "order_ref", length = 64)
    private String orderRef;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "consumed_percent")
    private Integer consumedPercent;

    protected RiskSignal() {
    }

    RiskSignal(SignalKind kind, Instant at, long userId, String ip, String deviceId, Long courseId, String orderRef,
               long amountFen, Integer consumedPercent) {
        this.kind = kind;
        this.at = at;
        this.userId = userId;
        this.ip = ip;
        this.deviceId = deviceId;
        this.courseId = courseId;
        this.orderRef = orderRef;
        this.amountFen = amountFen;
        this.consumedPercent = consumedPercent;
    }
}
