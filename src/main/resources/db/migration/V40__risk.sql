-- Risk control: observations for the rules, the decision log, the review queue, the admin blocklist,
-- run-time thresholds and (for knowpay.risk.rate-limit.store=jdbc) the shared rate-limit buckets.

-- What risk saw: written by assess* (ORDER_ATTEMPT, PAYMENT_ATTEMPT, REFUND_REQUEST) and by the
-- outcomes other modules report (ORDER_PAID, ORDER_CANCELLED, ...). Rules count rows in a window.
CREATE TABLE risk_signal (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(30)  NOT NULL,
    at               DATETIME(6)  NOT NULL,
    user_id          BIGINT       NOT NULL,
    ip               VARCHAR(64),
    device_id        VARCHAR(128),
    course_id        BIGINT,
    order_ref        VARCHAR(64),
    amount_fen       BIGINT       NOT NULL,
    consumed_percent INT
);
CREATE INDEX ix_risk_signal_user ON risk_signal (user_id, kind, at);
CREATE INDEX ix_risk_signal_ip ON risk_signal (ip, kind, at);
CREATE INDEX ix_risk_signal_device ON risk_signal (device_id, kind, at);
CREATE INDEX ix_risk_signal_course ON risk_signal (course_id, kind, at);
CREATE INDEX ix_risk_signal_order ON risk_signal (order_ref, kind);
CREATE INDEX ix_risk_signal_at ON risk_signal (at);

-- One row per assessment, whatever the verdict.
CREATE TABLE risk_decision (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)   NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    user_id     BIGINT        NOT NULL,
    ip          VARCHAR(64),
    device_id   VARCHAR(128),
    subject_ref VARCHAR(64),
    course_id   BIGINT,
    amount_fen  BIGINT        NOT NULL,
    verdict     VARCHAR(10)   NOT NULL,
    rule_code   VARCHAR(40),
    evidence    VARCHAR(2000)
);
CREATE INDEX ix_risk_decision_at ON risk_decision (at);
CREATE INDEX ix_risk_decision_user ON risk_decision (user_id, at);
CREATE INDEX ix_risk_decision_ip ON risk_decision (ip, at);
CREATE INDEX ix_risk_decision_verdict ON risk_decision (verdict, at);
CREATE INDEX ix_risk_decision_rule ON risk_decision (rule_code, at);

CREATE TABLE risk_review (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id    BIGINT        NOT NULL,
    subject_type   VARCHAR(10)   NOT NULL,
    subject_ref    VARCHAR(64),
    user_id        BIGINT        NOT NULL,
    rule_code      VARCHAR(40)   NOT NULL,
    evidence       VARCHAR(2000),
    status         VARCHAR(10)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    resolved_at    DATETIME(6),
    resolved_by_id BIGINT,
    resolved_by    VARCHAR(60),
    note           VARCHAR(1000),
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_risk_review_decision FOREIGN KEY (decision_id) REFERENCES risk_decision (id)
);
CREATE INDEX ix_risk_review_status ON risk_review (status, created_at);
CREATE INDEX ix_risk_review_subject ON risk_review (subject_ref, subject_type);

CREATE TABLE risk_blocklist (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target_type  VARCHAR(10)  NOT NULL,
    target_value VARCHAR(64)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    expires_at   DATETIME(6),
    CONSTRAINT uk_risk_blocklist_target UNIQUE (target_type, target_value)
);

-- Thresholds an admin changed; absent rows use the configured defaults (RiskSettings).
CREATE TABLE risk_rule_setting (
    name          VARCHAR(60)  NOT NULL PRIMARY KEY,
    setting_value BIGINT       NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(60)  NOT NULL,
    version       BIGINT       NOT NULL
);

-- Bucket4j state per rate-limit key (JDBC store only); expires_at = epoch millis when it is full again.
CREATE TABLE risk_rate_bucket (
    id         VARCHAR(191) NOT NULL PRIMARY KEY,
    state      BLOB,
    expires_at BIGINT       NOT NULL
);
CREATE INDEX ix_risk_rate_bucket_expires ON risk_rate_bucket (expires_at);
