-- Invariant check runs and what they found. Violations are one row per (check, subject);
-- a later run that no longer finds one sets cleared_at. The books themselves are never touched.
CREATE TABLE ledger_invariant_run (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    checked_at      DATETIME(6) NOT NULL,
    violation_count INT         NOT NULL,
    figures         TEXT        NOT NULL,
    checks          TEXT        NOT NULL
);

CREATE TABLE ledger_violation (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    check_name    VARCHAR(60)   NOT NULL,
    subject       VARCHAR(190)  NOT NULL,
    detail        VARCHAR(1000) NOT NULL,
    first_seen_at DATETIME(6)   NOT NULL,
    last_seen_at  DATETIME(6)   NOT NULL,
    last_run_id   BIGINT        NOT NULL,
    cleared_at    DATETIME(6),
    CONSTRAINT uk_ledger_violation UNIQUE (check_name, subject)
);
CREATE INDEX ix_ledger_violation_run ON ledger_violation (last_run_id);
