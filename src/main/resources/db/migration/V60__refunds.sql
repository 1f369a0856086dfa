-- Money promised to refund requests that are not finished yet: refunded + reserved never exceeds paid.
ALTER TABLE orders ADD COLUMN reserved_refund_fen BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_orders_paid_at ON orders (paid_at);

-- A refund of (part of) a paid order. refund_no is the out_request_no / out_refund_no sent to the
-- provider: UNIQUE, and the same number is used for every retry, so the provider refunds once.
CREATE TABLE refund_request (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    refund_no           VARCHAR(32)  NOT NULL,
    order_no            VARCHAR(32)  NOT NULL,
    payment_no          VARCHAR(32)  NOT NULL,
    channel             VARCHAR(16)  NOT NULL,
    user_id             BIGINT       NOT NULL,
    amount_fen          BIGINT       NOT NULL,
    order_amount_fen    BIGINT       NOT NULL,
    currency            VARCHAR(3)   NOT NULL,
    reason              VARCHAR(500) NOT NULL,
    initiated_by        VARCHAR(8)   NOT NULL,
    requested_by        BIGINT       NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    first_approver      BIGINT,
    second_approver     BIGINT,
    notes               TEXT,
    last_error          VARCHAR(255),
    retryable           BOOLEAN      NOT NULL DEFAULT FALSE,
    provider_refund_no  VARCHAR(64),
    tries               INT          NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    completed_at        DATETIME(6),
    CONSTRAINT uk_refund_request_refund_no UNIQUE (refund_no)
);
CREATE INDEX ix_refund_request_order ON refund_request (order_no);
CREATE INDEX ix_refund_request_status ON refund_request (status, updated_at);
CREATE INDEX ix_refund_request_completed ON refund_request (completed_at);

CREATE TABLE refund_status_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    refund_id   BIGINT       NOT NULL,
    from_status VARCHAR(32),
    to_status   VARCHAR(32)  NOT NULL,
    actor_id    BIGINT,
    note        VARCHAR(255),
    changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_refund_status_change_refund FOREIGN KEY (refund_id) REFERENCES refund_request (id)
);
CREATE INDEX ix_refund_status_change_refund ON refund_status_change (refund_id);
