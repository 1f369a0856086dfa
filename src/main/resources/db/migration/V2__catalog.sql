CREATE TABLE course (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    creator_id   BIGINT        NOT NULL,
    creator_name VARCHAR(60)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    title        VARCHAR(120)  NOT NULL,
    subtitle     VARCHAR(200),
    description  TEXT,
    cover_url    VARCHAR(300),
    tags         VARCHAR(300)  NOT NULL,
    price_fen    BIGINT        NOT NULL,
    content      TEXT,
    status       VARCHAR(16)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    published_at DATETIME(6)
);
CREATE INDEX ix_course_status_published ON course (status, published_at);
CREATE INDEX ix_course_creator ON course (creator_id);
