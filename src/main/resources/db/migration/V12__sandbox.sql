-- The sandbox channel's provider side: what a real provider would keep on its own servers.
CREATE TABLE sandbox_trade (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    out_trade_no  VARCHAR(64)  NOT NULL,
    trade_no      VARCHAR(40)  NOT NULL,
    amount_fen    BIGINT       NOT NULL,
    subject       VARCHAR(256) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    paid_at       DATETIME(6),
    closed_at     DATETIME(6),
    refunded_fen  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_sandbox_trade_out_trade_no UNIQUE (out_trade_no),
    CONSTRAINT uk_sandbox_trade_trade_no UNIQUE (trade_no)
);
CREATE INDEX ix_sandbox_trade_paid ON sandbox_trade (paid_at);

CREATE TABLE sandbox_refund (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    out_refund_no VARCHAR(64) NOT NULL,
    out_trade_no  VARCHAR(64) NOT NULL,
    refund_no     VARCHAR(40) NOT NULL,
    amount_fen    BIGINT      NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    CONSTRAINT uk_sandbox_refund_out_refund_no UNIQUE (out_refund_no)
);
CREATE INDEX ix_sandbox_refund_created ON sandbox_refund (created_at);
