package com.knowpay.analytics.internal;

import com.knowpay.analytics.PeriodFigures;
import com.knowpay.analytics.SalesFigures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queries behind the dashboards, on the roll-up tables only (never on orders). No authorisation
 * here: {@code AnalyticsService} decides who may ask; the benchmark harness calls this directly.
 * Creator queries use ix_sales_daily_creator_day (creator, day range), the platform ones read
 * platform_daily / pay_latency_daily (a few rows per day).
 */
@Component
public class SalesReadModel {

    private static final String SUMS = "SUM(orders_started), SUM(orders_paid), SUM(gross_fen), SUM(refunds_fen), "
            + "SUM(refund_count), SUM(commission_fen), SUM(net_fen)";

    private final JdbcTemplate jdbc;

    public SalesReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per business day with sales, oldest first. */
    public List<PeriodFigures> creatorDays(long creatorId, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT biz_day, " + SUMS + " FROM sales_daily WHERE creator_id = ? AND biz_day BETWEEN ? AND ? "
                + "GROUP BY biz_day ORDER BY biz_day", (rs, i) -> new PeriodFigures(rs.getObject(1, LocalDate.class),
                figures(rs, 2)), creatorId, from, to);
    }

    /** Per course, best gross first. */
    public List<CourseSales> creatorCourses(long creatorId, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT course_id, " + SUMS + " FROM sales_daily WHERE creator_id = ? AND biz_day BETWEEN ? AND ? "
                        + "GROUP BY course_id ORDER BY SUM(gross_fen) DESC, course_id",
                (rs, i) -> new CourseSales(rs.getLong(1), figures(rs, 2)), creatorId, from, to);
    }

    public List<PeriodFigures> platformDays(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT biz_day, " + SUMS + " FROM platform_daily WHERE biz_day BETWEEN ? AND ? "
                + "GROUP BY biz_day ORDER BY biz_day", (rs, i) -> new PeriodFigures(rs.getObject(1, LocalDate.class),
                figures(rs, 2)), from, to);
    }

    /** Per channel (NONE = checkouts started, no channel yet): figures and QR codes shown. */
    public Map<String, ChannelSales> platformChannels(LocalDate from, LocalDate to) {
        Map<String, ChannelSales> out = new LinkedHashMap<>();
        jdbc.query("SELECT channel, " + SUMS + ", SUM(attempts) FROM platform_daily WHERE biz_day BETWEEN ? AND ? "
                + "GROUP BY channel ORDER BY channel", rs -> {
                    out.put(rs.getString(1), new ChannelSales(figures(rs, 2), rs.getLong(9)));
                }, from, to);
        return out;
    }

    /** Median time from checkout started to paid, per channel, from the bucketed roll-up. */
    public Map<String, Duration> medianTimeToPay(LocalDate from, LocalDate to) {
        Map<String, SortedMap<Integer, Long>> buckets = new TreeMap<>();
        jdbc.query("SELECT channel, bucket, SUM(cnt) FROM pay_latency_daily WHERE biz_day BETWEEN ? AND ? "
                + "GROUP BY channel, bucket", rs -> {
                    buckets.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getLong(3));
                }, from, to);
        Map<String, Duration> out = new LinkedHashMap<>();
        buckets.forEach((channel, counts) -> {
            Optional<Duration> median = PayLatencyBuckets.median(counts);
            median.ifPresent(m -> out.put(channel, m));
        });
        return out;
    }

    /** Courses bought together with this one, most often first: [courseId, count]. */
    public List<long[]> alsoBought(long courseId, int limit) {
        return jdbc.query("SELECT course_b, cnt FROM co_purchase WHERE course_a = ? AND cnt > 0 ORDER BY cnt DESC, course_b DESC "
                + "LIMIT ?", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, courseId, limit);
    }

    /** Best-sellers of a kind, optionally with a tag: [courseId, paid orders]. */
    public List<long[]> popular(String kind, String tag, int limit) {
        if (tag == null) {
            return jdbc.query("SELECT course_id, paid_count FROM course_popularity WHERE kind = ? "
                    + "ORDER BY paid_count DESC, course_id DESC LIMIT ?", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                    kind, limit);
        }
        return jdbc.query("SELECT course_id, paid_count FROM course_popularity WHERE kind = ? AND CONCAT(',', tags, ',') LIKE ? "
                        + "ORDER BY paid_count DESC, course_id DESC LIMIT ?", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                kind, "%," + tag + ",%", limit);
    }

    private static SalesFigures figures(ResultSet rs, int first) throws SQLException {
        return new SalesFigures(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
                rs.getLong(first + 4), rs.getLong(first + 5), rs.getLong(first + 6));
    }

    public record CourseSales(long courseId, SalesFigures figures) {
    }

    public record ChannelSales(SalesFigures figures, long attempts) {
    }
}
