-- Spring Modulith's event publication registry: events published in a transaction are stored
-- here and re-delivered to after-commit listeners that failed or were cut off by a crash.
-- Vendor-specific only for the id column: Hibernate maps java.util.UUID to UUID here.
CREATE TABLE event_publication (
    id                     UUID   NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       TEXT          NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6),
    status                 VARCHAR(20),
    completion_attempts    INT           NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6)
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
