CREATE TABLE entitlement (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    user_id      BIGINT       NOT NULL,
    course_id    BIGINT       NOT NULL,
    course_title VARCHAR(120) NOT NULL,
    order_no     VARCHAR(40)  NOT NULL,
    granted_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6),
    CONSTRAINT uk_entitlement_user_course UNIQUE (user_id, course_id)
);
