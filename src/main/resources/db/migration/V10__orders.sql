-- Orders: one row per purchase, price and title frozen at order time.
-- open_key = 'userId:courseId' while PENDING_PAYMENT, NULL otherwise: the UNIQUE constraint allows
-- at most one open order per learner and course even when two clicks race.
CREATE TABLE orders (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    order_no        VARCHAR(32)  NOT NULL,
    user_id         BIGINT       NOT NULL,
    course_id       BIGINT       NOT NULL,
    course_title    VARCHAR(120) NOT NULL,
    creator_id      BIGINT       NOT NULL,
    amount_fen      BIGINT       NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    status          VARCHAR(24)  NOT NULL,
    cancel_reason   VARCHAR(16),
    open_key        VARCHAR(48),
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    paid_at         DATETIME(6),
    paid_payment_no VARCHAR(32),
    cancelled_at    DATETIME(6),
    refunded_fen    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_orders_order_no UNIQUE (order_no),
    CONSTRAINT uk_orders_open_key UNIQUE (open_key)
);
CREATE INDEX ix_orders_user_created ON orders (user_id, created_at);
CREATE INDEX ix_orders_user_course ON orders (user_id, course_id);
CREATE INDEX ix_orders_status_expires ON orders (status, expires_at);

-- Every status move of an order, for support and audits.
CREATE TABLE order_status_change (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT      NOT NULL,
    from_status VARCHAR(24),
    to_status   VARCHAR(24) NOT NULL,
    reason      VARCHAR(64),
    changed_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_order_status_change_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX ix_order_status_change_order ON order_status_change (order_id);
