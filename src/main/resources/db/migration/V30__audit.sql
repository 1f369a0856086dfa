-- Append-only log of privileged actions. The application never updates or deletes rows.
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)  NOT NULL,
    actor_id     BIGINT,
    actor_name   VARCHAR(60)  NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    target_type  VARCHAR(40)  NOT NULL,
    target_id    VARCHAR(64)  NOT NULL,
    before_state TEXT,
    after_state  TEXT,
    note         VARCHAR(1000)
);
CREATE INDEX ix_audit_at ON audit_entry (at);
CREATE INDEX ix_audit_target ON audit_entry (target_type, target_id);
