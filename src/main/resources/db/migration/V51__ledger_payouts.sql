-- Creators' payout requests. open_key = creator_id while the request is open (REQUESTED or
-- APPROVED), NULL afterwards: the UNIQUE constraint allows one open request per creator.
CREATE TABLE ledger_payout (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    payout_no      VARCHAR(32) NOT NULL,
    creator_id     BIGINT      NOT NULL,
    amount_fen     BIGINT      NOT NULL,
    status         VARCHAR(20) NOT NULL,
    open_key       BIGINT,
    requested_at   DATETIME(6) NOT NULL,
    decided_at     DATETIME(6),
    decided_by     VARCHAR(60),
    note           VARCHAR(500),
    bank_reference VARCHAR(64),
    paid_at        DATETIME(6),
    entry_id       BIGINT,
    CONSTRAINT uk_ledger_payout_no UNIQUE (payout_no),
    CONSTRAINT uk_ledger_payout_open UNIQUE (open_key),
    CONSTRAINT uk_ledger_payout_bank_reference UNIQUE (bank_reference),
    CONSTRAINT fk_ledger_payout_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id)
);
CREATE INDEX ix_ledger_payout_creator ON ledger_payout (creator_id);
CREATE INDEX ix_ledger_payout_status ON ledger_payout (status);

-- Per-creator commission overrides in basis points (2000 = 20 %).
CREATE TABLE ledger_creator_rate (
    creator_id BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL DEFAULT 0,
    rate_bp    INT         NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(60) NOT NULL
);
