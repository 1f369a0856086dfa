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
import org.hibernate.annotations.Immutable;

/** A row of the decision log: what was assessed, the verdict, the rule that decided and why. */
@Entity
@Immutable
@Table(name = "risk_decision")
class RiskDecisionEntry {

    static final int EVIDENCE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SubjectType kind;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(length = 64)
    private String ip;

    @Column(name = "device_id", length = 128)
    private String deviceId;

    @Column(name = "subject_ref", length = 64)
    private String subjectRef;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Verdict verdict;

    @Column(name = "rule_code", length = 40)
    private String rule;

    @Column(length = EVIDENCE_MAX)
    private String evidence;

    protected RiskDecisionEntry() {
    }

    RiskDecisionEntry(Instant at, Subject subject, Verdict verdict, String rule, String evidence) {
        this.at = at;
        this.kind = subject.type();
        this.userId = subject.userId();
        this.ip = subject.ip();
        this.deviceId = subject.deviceId();
        this.subjectRef = subject.ref();
        this.courseId = subject.courseId();
        this.amountFen = subject.amountFen();
        this.verdict = verdict;
        this.rule = rule;
        this.evidence = evidence == null || evidence.length() <= EVIDENCE_MAX ? evidence
                : evidence.substring(0, EVIDENCE_MAX - 1) + "…";
    }

    Long getId() {
        return id;
    }

    String getEvidence() {
        return evidence;
    }

    DecisionView toView() {
        return new DecisionView(id, at, kind, userId, ip, deviceId, subjectRef, courseId, amountFen, verdict, rule, evidence);
    }
}
