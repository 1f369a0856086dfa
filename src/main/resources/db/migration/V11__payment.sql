-- Payment attempts: one per QR code shown; payment_no is the out_trade_no sent to the provider.
CREATE TABLE payment_attempt (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    payment_no        VARCHAR(32)  NOT NULL,
    order_no          VARCHAR(32)  NOT NULL,
    channel           VARCHAR(16)  NOT NULL,
    amount_fen        BIGINT       NOT NULL,
    currency          VARCHAR(3)   NOT NULL,
    subject           VARCHAR(128) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    qr_content        VARCHAR(512),
    provider_trade_no VARCHAR(64),
    created_at        DATETIME(6)  NOT NULL,
    expires_at        DATETIME(6)  NOT NULL,
    paid_at           DATETIME(6),
    closed_at         DATETIME(6),
    failure_reason    VARCHAR(255),
    CONSTRAINT uk_payment_attempt_payment_no UNIQUE (payment_no)
);
CREATE INDEX ix_payment_attempt_order ON payment_attempt (order_no);
CREATE INDEX ix_payment_attempt_status_created ON payment_attempt (status, created_at);

-- Verified provider events (notifications and active-query answers). The UNIQUE key makes a
-- retried or replayed notification change nothing.
CREATE TABLE payment_notification_inbox (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel     VARCHAR(16)  NOT NULL,
    inbox_key   VARCHAR(128) NOT NULL,
    payment_no  VARCHAR(32),
    source      VARCHAR(16)  NOT NULL,
    trade_state VARCHAR(24),
    raw_content TEXT,
    received_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_payment_inbox_channel_key UNIQUE (channel, inbox_key)
);
CREATE INDEX ix_payment_inbox_payment ON payment_notification_inbox (payment_no);

-- Money an order did not need (a second paid attempt, a payment after cancellation), given back
-- automatically. out_refund_no is reused on every retry so the provider refunds once.
CREATE TABLE payment_auto_refund (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL DEFAULT 0,
    out_refund_no      VARCHAR(32)  NOT NULL,
    payment_no         VARCHAR(32)  NOT NULL,
    order_no           VARCHAR(32)  NOT NULL,
    channel            VARCHAR(16)  NOT NULL,
    amount_fen         BIGINT       NOT NULL,
    currency           VARCHAR(3)   NOT NULL,
    reason             VARCHAR(120) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    tries              INT          NOT NULL DEFAULT 0,
    last_error         VARCHAR(255),
    provider_refund_no VARCHAR(64),
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    completed_at       DATETIME(6),
    CONSTRAINT uk_payment_auto_refund_no UNIQUE (out_refund_no),
    CONSTRAINT uk_payment_auto_refund_payment UNIQUE (payment_no)
);
CREATE INDEX ix_payment_auto_refund_status ON payment_auto_refund (status, updated_at);
