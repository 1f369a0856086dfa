CREATE TABLE user_account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    username            VARCHAR(40)  NOT NULL,
    display_name        VARCHAR(60)  NOT NULL,
    email               VARCHAR(120),
    password_hash       VARCHAR(100) NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username)
);
