-- Idempotency-Key records of the REST API (per user; kept 24 h, purged after 48 h).
CREATE TABLE idempotency_record (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    idem_key      VARCHAR(100) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    response_body TEXT,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_idempotency_user_key UNIQUE (user_id, idem_key)
);
CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);
