-- Double-entry journal. journal_entry and ledger_posting are append-only: the application never
-- updates or deletes them; corrections are new (reversing) entries. Amounts are signed fen:
-- debit positive, credit negative; the postings of every entry sum to zero.
CREATE TABLE ledger_account (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(80) NOT NULL,
    account_type VARCHAR(40) NOT NULL,
    normal_side  VARCHAR(6)  NOT NULL,
    creator_id   BIGINT,
    channel      VARCHAR(20),
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_ledger_account_code UNIQUE (code)
);
CREATE INDEX ix_ledger_account_creator ON ledger_account (creator_id, account_type);

INSERT INTO ledger_account (code, account_type, normal_side, creator_id, channel, created_at) VALUES
    ('PROVIDER_CLEARING:ALIPAY', 'PROVIDER_CLEARING', 'DEBIT', NULL, 'ALIPAY', '2026-01-01 00:00:00'),
    ('PROVIDER_CLEARING:WECHAT', 'PROVIDER_CLEARING', 'DEBIT', NULL, 'WECHAT', '2026-01-01 00:00:00'),
    ('PROVIDER_CLEARING:SANDBOX', 'PROVIDER_CLEARING', 'DEBIT', NULL, 'SANDBOX', '2026-01-01 00:00:00'),
    ('PLATFORM_COMMISSION_REVENUE', 'PLATFORM_COMMISSION_REVENUE', 'CREDIT', NULL, NULL, '2026-01-01 00:00:00'),
    ('REFUNDS_PAYABLE', 'REFUNDS_PAYABLE', 'CREDIT', NULL, NULL, '2026-01-01 00:00:00'),
    ('PAYOUTS_CLEARING', 'PAYOUTS_CLEARING', 'CREDIT', NULL, NULL, '2026-01-01 00:00:00');

CREATE TABLE journal_entry (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference         VARCHAR(120) NOT NULL,
    entry_kind        VARCHAR(20)  NOT NULL,
    order_no          VARCHAR(64),
    creator_id        BIGINT       NOT NULL,
    description       VARCHAR(500) NOT NULL,
    occurred_at       DATETIME(6)  NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    recorded_by       VARCHAR(60)  NOT NULL,
    reverses_entry_id BIGINT,
    CONSTRAINT uk_journal_entry_reference UNIQUE (reference),
    CONSTRAINT uk_journal_entry_reverses UNIQUE (reverses_entry_id),
    CONSTRAINT fk_journal_entry_reverses FOREIGN KEY (reverses_entry_id) REFERENCES journal_entry (id)
);
CREATE INDEX ix_journal_entry_order ON journal_entry (order_no);
CREATE INDEX ix_journal_entry_creator ON journal_entry (creator_id, occurred_at);

CREATE TABLE ledger_posting (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id     BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    amount_fen   BIGINT      NOT NULL,
    available_at DATETIME(6),
    CONSTRAINT ck_ledger_posting_nonzero CHECK (amount_fen <> 0),
    CONSTRAINT fk_ledger_posting_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_ledger_posting_account FOREIGN KEY (account_id) REFERENCES ledger_account (id)
);
CREATE INDEX ix_ledger_posting_account ON ledger_posting (account_id, available_at);

-- One row per creator: the row every posting for the creator locks, and running balances that
-- the invariant job compares with the postings.
CREATE TABLE ledger_creator_state (
    creator_id     BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    payable_fen    BIGINT      NOT NULL,
    receivable_fen BIGINT      NOT NULL,
    paid_out_fen   BIGINT      NOT NULL,
    last_entry_id  BIGINT,
    updated_at     DATETIME(6) NOT NULL
);

-- How each order's payment was split, and how much of each part has been refunded.
CREATE TABLE ledger_order_split (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    order_no                VARCHAR(64)  NOT NULL,
    creator_id              BIGINT       NOT NULL,
    channel                 VARCHAR(20)  NOT NULL,
    payment_reference       VARCHAR(120) NOT NULL,
    rate_bp                 INT          NOT NULL,
    gross_fen               BIGINT       NOT NULL,
    commission_fen          BIGINT       NOT NULL,
    creator_fen             BIGINT       NOT NULL,
    available_at            DATETIME(6)  NOT NULL,
    refunded_commission_fen BIGINT       NOT NULL DEFAULT 0,
    refunded_creator_fen    BIGINT       NOT NULL DEFAULT 0,
    reversed                BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_ledger_order_split_order UNIQUE (order_no)
);
