-- Analytics read model, maintained incrementally from order events after commit.
-- biz_day is the business day in Asia/Shanghai (China has one time zone, no DST): a payment at
-- 23:30 UTC counts on the next China day. Refunds count on the refund's business day.

-- Every event applied to the roll-ups, in the same transaction as the roll-up change: a redelivered
-- event finds its key and changes nothing.
CREATE TABLE analytics_event_seen (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_key VARCHAR(100) NOT NULL,
    seen_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_analytics_event_seen_key UNIQUE (event_key)
);

-- Per creator, course, business day and channel. Checkouts started carry channel 'NONE'
-- (no channel is chosen when an order is placed).
CREATE TABLE sales_daily (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    creator_id     BIGINT      NOT NULL,
    course_id      BIGINT      NOT NULL,
    biz_day        DATE        NOT NULL,
    channel        VARCHAR(16) NOT NULL,
    orders_started BIGINT      NOT NULL DEFAULT 0,
    orders_paid    BIGINT      NOT NULL DEFAULT 0,
    gross_fen      BIGINT      NOT NULL DEFAULT 0,
    refunds_fen    BIGINT      NOT NULL DEFAULT 0,
    refund_count   BIGINT      NOT NULL DEFAULT 0,
    commission_fen BIGINT      NOT NULL DEFAULT 0,
    net_fen        BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_sales_daily_key UNIQUE (creator_id, course_id, biz_day, channel)
);
CREATE INDEX ix_sales_daily_creator_day ON sales_daily (creator_id, biz_day);

-- The same figures for the whole platform per business day and channel (the admin overview reads
-- a few hundred rows, not a million orders).
CREATE TABLE platform_daily (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    biz_day        DATE        NOT NULL,
    channel        VARCHAR(16) NOT NULL,
    orders_started BIGINT      NOT NULL DEFAULT 0,
    orders_paid    BIGINT      NOT NULL DEFAULT 0,
    gross_fen      BIGINT      NOT NULL DEFAULT 0,
    refunds_fen    BIGINT      NOT NULL DEFAULT 0,
    refund_count   BIGINT      NOT NULL DEFAULT 0,
    commission_fen BIGINT      NOT NULL DEFAULT 0,
    net_fen        BIGINT      NOT NULL DEFAULT 0,
    attempts       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_platform_daily_key UNIQUE (biz_day, channel)
);

-- Time from checkout started to paid, bucketed per business day (of payment) and channel.
-- bucket = upper bound in seconds of the bucket (see PayLatencyBuckets).
CREATE TABLE pay_latency_daily (
    id      BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    biz_day DATE        NOT NULL,
    channel VARCHAR(16) NOT NULL,
    bucket  INT         NOT NULL,
    cnt     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_pay_latency_daily_key UNIQUE (biz_day, channel, bucket)
);

-- What analytics knows of each order (creator and start time; OrderPlaced carries no creator).
CREATE TABLE analytics_order (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_no   VARCHAR(32) NOT NULL,
    user_id    BIGINT      NOT NULL,
    course_id  BIGINT      NOT NULL,
    creator_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_analytics_order_no UNIQUE (order_no)
);

-- Paid purchases per learner (for co-purchase counting); revoked on a full refund.
CREATE TABLE analytics_purchase (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT      NOT NULL,
    course_id BIGINT      NOT NULL,
    order_no  VARCHAR(32) NOT NULL,
    active    BOOLEAN     NOT NULL,
    CONSTRAINT uk_analytics_purchase UNIQUE (user_id, course_id)
);

-- "Learners who bought A also bought B": both directions stored.
CREATE TABLE co_purchase (
    id       BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_a BIGINT NOT NULL,
    course_b BIGINT NOT NULL,
    cnt      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_co_purchase_pair UNIQUE (course_a, course_b)
);
-- (course_a, cnt, course_b): the top-N read walks the index backwards, no sort.
CREATE INDEX ix_co_purchase_a_cnt ON co_purchase (course_a, cnt, course_b);

-- Popularity per course for the cold-start fallback (same kind / tag).
CREATE TABLE course_popularity (
    course_id  BIGINT       NOT NULL PRIMARY KEY,
    creator_id BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    tags       VARCHAR(300) NOT NULL,
    paid_count BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_course_popularity_kind_paid ON course_popularity (kind, paid_count, course_id);

-- Marks a database filled by the data generator (it refuses to run twice).
CREATE TABLE analytics_datagen_marker (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    orders     BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL
);
