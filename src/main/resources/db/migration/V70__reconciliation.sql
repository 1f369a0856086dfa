-- Reconciliation: one row per run of a channel's bill for a day, and the mismatch queue.
CREATE TABLE reconciliation_run (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    channel        VARCHAR(16)  NOT NULL,
    bill_date      DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    bill_lines     INT          NOT NULL,
    local_records  INT          NOT NULL,
    mismatches     INT          NOT NULL,
    new_mismatches INT          NOT NULL,
    started_by     VARCHAR(64)  NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6),
    note           VARCHAR(255),
    error          VARCHAR(500)
);
CREATE INDEX ix_recon_run_channel_date ON reconciliation_run (channel, bill_date);

-- One discrepancy; (channel, bill_date, type, reference) is unique so that re-runs add nothing twice.
CREATE TABLE reconciliation_mismatch (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    bill_date           DATE          NOT NULL,
    type                VARCHAR(24)   NOT NULL,
    reference           VARCHAR(64)   NOT NULL,
    order_no            VARCHAR(32),
    payment_no          VARCHAR(64),
    refund_no           VARCHAR(64),
    provider_trade_no   VARCHAR(64),
    provider_amount_fen BIGINT,
    local_amount_fen    BIGINT,
    detail              VARCHAR(500)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    resolution          VARCHAR(16),
    note                TEXT,
    resolved_by         VARCHAR(64),
    resolved_at         DATETIME(6),
    run_id              BIGINT        NOT NULL,
    detected_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uk_recon_mismatch UNIQUE (channel, bill_date, type, reference)
);
CREATE INDEX ix_recon_mismatch_status ON reconciliation_mismatch (status, bill_date);
