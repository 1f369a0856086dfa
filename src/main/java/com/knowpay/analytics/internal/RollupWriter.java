package com.knowpay.analytics.internal;

import com.knowpay.analytics.BusinessDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies events to the roll-ups, each in its own transaction together with the event's key in
 * analytics_event_seen: an event delivered twice changes the figures once. Rows are upserted
 * (INSERT … ON DUPLICATE KEY UPDATE, which MariaDB/MySQL and H2's MySQL mode both understand), so
 * concurrent events for the same row add up instead of overwriting each other.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class RollupWriter {

    private static final Logger log = LoggerFactory.getLogger(RollupWriter.class);
    static final String NO_CHANNEL = "NONE";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RollupWriter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A checkout started: counts on the order's business day, channel NONE. */
    public boolean placed(String orderNo, long userId, long courseId, long creatorId, Instant createdAt) {
        if (!firstTime("placed:" + orderNo)) {
            return false;
        }
        jdbc.update("INSERT INTO analytics_order (order_no, user_id, course_id, creator_id, created_at) VALUES (?,?,?,?,?)",
                orderNo, userId, courseId, creatorId, utc(createdAt));
        add(creatorId, courseId, BusinessDay.of(createdAt), NO_CHANNEL, SalesDelta.ofStart());
        return true;
    }

    /** A QR code was shown for a payment attempt (the denominator of the channel's success rate). */
    public boolean attemptShown(String paymentNo, String channel, Instant at) {
        if (!firstTime("attempt:" + paymentNo)) {
            return false;
        }
        addPlatform(BusinessDay.of(at), channel, SalesDelta.ofAttempt());
        return true;
    }

    /** An order was paid: sales, time-to-pay, popularity and co-purchase counts. */
    public boolean paid(PaidOrder p, int rateBp) {
        if (!firstTime("paid:" + p.orderNo())) {
            return false;
        }
        LocalDate day = BusinessDay.of(p.paidAt());
        add(p.creatorId(), p.courseId(), day, p.channel(), SalesDelta.ofPayment(p.amountFen(), rateBp));
        List<LocalDateTime> started = jdbc.queryForList("SELECT created_at FROM analytics_order WHERE order_no = ?",
                LocalDateTime.class, p.orderNo());
        if (!started.isEmpty()) {
            Instant createdAt = started.get(0).toInstant(ZoneOffset.UTC);
            int bucket = PayLatencyBuckets.bucketOf(Duration.between(createdAt, p.paidAt()));
            jdbc.update("INSERT INTO pay_latency_daily (biz_day, channel, bucket, cnt) VALUES (?,?,?,1) "
                    + "ON DUPLICATE KEY UPDATE cnt = cnt + 1", day, p.channel(), bucket);
        }
        jdbc.update("INSERT INTO course_popularity (course_id, creator_id, kind, tags, paid_count) VALUES (?,?,?,?,1) "
                        + "ON DUPLICATE KEY UPDATE paid_count = paid_count + 1, kind = ?, tags = ?",
                p.courseId(), p.creatorId(), p.kind(), p.tags(), p.kind(), p.tags());
        coPurchase(p.userId(), p.courseId(), p.orderNo());
        return true;
    }

    /** A refund: counts on the refund's business day; commission goes back in proportion. */
    public boolean refunded(String eventKey, long creatorId, long courseId, String channel, long amountFen, Instant at,
                            int rateBp) {
        if (!firstTime(eventKey)) {
            return false;
        }
        add(creatorId, courseId, BusinessDay.of(at), channel, SalesDelta.ofRefund(amountFen, rateBp));
        return true;
    }

    /** A full refund: the learner no longer owns the course, so its co-purchase pairs are taken back. */
    public boolean takeBackCoPurchase(String orderNo) {
        List<long[]> purchase = jdbc.query("SELECT user_id, course_id FROM analytics_purchase WHERE order_no = ? AND active = TRUE",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, orderNo);
        if (purchase.isEmpty() || !firstTime("copurchase-revoke:" + orderNo)) {
            return false;
        }
        long userId = purchase.get(0)[0];
        long courseId = purchase.get(0)[1];
        jdbc.update("UPDATE analytics_purchase SET active = FALSE WHERE order_no = ?", orderNo);
        for (Long other : otherOwned(userId, courseId)) {
            pair(courseId, other, -1);
            pair(other, courseId, -1);
        }
        return true;
    }

    private void coPurchase(long userId, long courseId, String orderNo) {
        List<Boolean> existing = jdbc.queryForList(
                "SELECT active FROM analytics_purchase WHERE user_id = ? AND course_id = ?", Boolean.class, userId, courseId);
        if (!existing.isEmpty() && existing.get(0)) {
            log.debug("Learner {} already counted as owning course {}", userId, courseId);
            return;
        }
        for (Long other : otherOwned(userId, courseId)) {
            pair(courseId, other, 1);
            pair(other, courseId, 1);
        }
        if (existing.isEmpty()) {
            jdbc.update("INSERT INTO analytics_purchase (user_id, course_id, order_no, active) VALUES (?,?,?,TRUE)",
                    userId, courseId, orderNo);
        } else {
            jdbc.update("UPDATE analytics_purchase SET active = TRUE, order_no = ? WHERE user_id = ? AND course_id = ?",
                    orderNo, userId, courseId);
        }
    }

    private List<Long> otherOwned(long userId, long courseId) {
        return jdbc.queryForList("SELECT course_id FROM analytics_purchase WHERE user_id = ? AND active = TRUE AND course_id <> ?",
                Long.class, userId, courseId);
    }

    private void pair(long a, long b, int delta) {
        if (delta > 0) {
            jdbc.update("INSERT INTO co_purchase (course_a, course_b, cnt) VALUES (?,?,?) ON DUPLICATE KEY UPDATE cnt = cnt + ?",
                    a, b, delta, delta);
        } else {
            jdbc.update("UPDATE co_purchase SET cnt = CASE WHEN cnt + ? < 0 THEN 0 ELSE cnt + ? END WHERE course_a = ? AND course_b = ?",
                    delta, delta, a, b);
        }
    }

    private void add(long creatorId, long courseId, LocalDate day, String channel, SalesDelta d) {
        jdbc.update("INSERT INTO sales_daily (creator_id, course_id, biz_day, channel, orders_started, orders_paid, gross_fen, "
                        + "refunds_fen, refund_count, commission_fen, net_fen) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                        + "ON DUPLICATE KEY UPDATE orders_started = orders_started + ?, orders_paid = orders_paid + ?, "
                        + "gross_fen = gross_fen + ?, refunds_fen = refunds_fen + ?, refund_count = refund_count + ?, "
                        + "commission_fen = commission_fen + ?, net_fen = net_fen + ?",
                creatorId, courseId, day, channel, d.started(), d.paid(), d.gross(), d.refunds(), d.refundCount(),
                d.commission(), d.net(),
                d.started(), d.paid(), d.gross(), d.refunds(), d.refundCount(), d.commission(), d.net());
        addPlatform(day, channel, d);
    }

    private void addPlatform(LocalDate day, String channel, SalesDelta d) {
        jdbc.update("INSERT INTO platform_daily (biz_day, channel, orders_started, orders_paid, gross_fen, refunds_fen, "
                        + "refund_count, commission_fen, net_fen, attempts) VALUES (?,?,?,?,?,?,?,?,?,?) "
                        + "ON DUPLICATE KEY UPDATE orders_started = orders_started + ?, orders_paid = orders_paid + ?, "
                        + "gross_fen = gross_fen + ?, refunds_fen = refunds_fen + ?, refund_count = refund_count + ?, "
                        + "commission_fen = commission_fen + ?, net_fen = net_fen + ?, attempts = attempts + ?",
                day, channel, d.started(), d.paid(), d.gross(), d.refunds(), d.refundCount(), d.commission(), d.net(),
                d.attempts(),
                d.started(), d.paid(), d.gross(), d.refunds(), d.refundCount(), d.commission(), d.net(), d.attempts());
    }

    private boolean firstTime(String eventKey) {
        try {
            jdbc.update("INSERT INTO analytics_event_seen (event_key, seen_at) VALUES (?,?)", eventKey, utc(clock.instant()));
            return true;
        } catch (DuplicateKeyException seen) {
            log.debug("Analytics event {} already applied", eventKey);
            return false;
        }
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
