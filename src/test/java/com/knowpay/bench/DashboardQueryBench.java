package com.knowpay.bench;

import com.knowpay.analytics.BusinessDay;
import com.knowpay.analytics.internal.SalesReadModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Benchmark of the analytics read path (not a timed test): the queries behind the creator dashboard,
 * the platform overview and the recommendation lookup, against a database filled by the data generator.
 * Each sample runs every query one view needs, as the service does (minus the Vaadin rendering).
 * <pre>
 * java -cp … com.knowpay.bench.DashboardQueryBench jdbc:mariadb://127.0.0.1:3306/kp_analytics_1m root "" 300
 * </pre>
 * Prints a table and writes it to target/bench/dashboard-queries.txt.
 */
public final class DashboardQueryBench {

    private static final Logger log = LoggerFactory.getLogger(DashboardQueryBench.class);

    private DashboardQueryBench() {
    }

    /** Latency percentiles of one kind of request, in milliseconds. */
    public record Stats(String name, int samples, double p50, double p95, double p99, double max) {

        String line() {
            return String.format(Locale.ROOT, "%-38s %7d %9.2f %9.2f %9.2f %9.2f", name, samples, p50, p95, p99, max);
        }
    }

    /**
     * Runs each request kind {@code iterations} times (after a warm-up of a tenth of that) over random
     * creators and courses from the given lists, relative to the business day {@code today}.
     */
    public static List<Stats> measure(JdbcTemplate jdbc, List<Long> creatorIds, List<Long> courseIds, LocalDate today,
                                      int iterations) {
        SalesReadModel model = new SalesReadModel(jdbc);
        Random rnd = new Random(7);
        Map<String, IntConsumer> requests = new LinkedHashMap<>();
        requests.put("creator dashboard, 30 days", i -> creatorDashboard(jdbc, model, pick(creatorIds, rnd), today, 29));
        requests.put("creator dashboard, 365 days", i -> creatorDashboard(jdbc, model, pick(creatorIds, rnd), today, 364));
        requests.put("platform overview, 30 days", i -> platformOverview(jdbc, model, today, 29));
        requests.put("platform overview, 365 days", i -> platformOverview(jdbc, model, today, 364));
        requests.put("recommendations (also bought)", i -> recommendations(jdbc, model, pick(courseIds, rnd)));
        List<Stats> out = new ArrayList<>();
        requests.forEach((name, request) -> {
            for (int i = 0; i < Math.max(5, iterations / 10); i++) {
                request.accept(i);
            }
            double[] ms = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long t = System.nanoTime();
                request.accept(i);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            out.add(new Stats(name, iterations, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]));
        });
        return out;
    }

    private static void creatorDashboard(JdbcTemplate jdbc, SalesReadModel model, long creatorId, LocalDate today, int days) {
        model.creatorDays(creatorId, today.minusDays(days), today);
        model.creatorCourses(creatorId, today.minusDays(days), today);
        jdbc.queryForList("SELECT id, title FROM course WHERE creator_id = ?", creatorId);
    }

    private static void platformOverview(JdbcTemplate jdbc, SalesReadModel model, LocalDate today, int days) {
        LocalDate from = today.minusDays(days);
        model.platformDays(from, today);
        model.platformChannels(from, today);
        model.medianTimeToPay(from, today);
        jdbc.queryForObject("SELECT COUNT(*) FROM risk_decision WHERE verdict = 'BLOCK' AND at >= ? AND at < ?", Long.class,
                utc(BusinessDay.startOf(from)), utc(BusinessDay.startOf(today.plusDays(1))));
    }

    private static void recommendations(JdbcTemplate jdbc, SalesReadModel model, long courseId) {
        List<long[]> also = model.alsoBought(courseId, 24);
        Map<String, Object> course = jdbc.queryForMap("SELECT kind, tags FROM course WHERE id = ?", courseId);
        String tags = (String) course.get("tags");
        String tag = tags.length() > 2 ? tags.substring(1, tags.indexOf(',', 1)) : null;
        model.popular((String) course.get("kind"), tag, 24);
        for (int i = 0; i < Math.min(4, also.size()); i++) {
            jdbc.queryForMap("SELECT id, title, creator_name, kind, price_fen, status FROM course WHERE id = ?", also.get(i)[0]);
        }
        jdbc.queryForList("SELECT course_id FROM entitlement WHERE user_id = ? AND revoked_at IS NULL", courseId % 1000 + 1);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static long pick(List<Long> ids, Random rnd) {
        return ids.get(rnd.nextInt(ids.size()));
    }

    private static double pct(double[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    public static void main(String[] args) throws IOException {
        String url = args.length > 0 ? args[0] : "jdbc:mariadb://127.0.0.1:3306/kp_analytics_1m";
        String user = args.length > 1 ? args[1] : "root";
        String password = args.length > 2 ? args[2] : "";
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, user, password, true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            long orders = jdbc.queryForObject("SELECT COUNT(*) FROM orders", Long.class);
            long salesRows = jdbc.queryForObject("SELECT COUNT(*) FROM sales_daily", Long.class);
            long pairs = jdbc.queryForObject("SELECT COUNT(*) FROM co_purchase", Long.class);
            List<Long> creators = jdbc.queryForList(
                    "SELECT DISTINCT creator_id FROM course_popularity ORDER BY creator_id LIMIT 1000", Long.class);
            List<Long> courses = jdbc.queryForList(
                    "SELECT course_id FROM course_popularity ORDER BY course_id LIMIT 5000", Long.class);
            LocalDate today = BusinessDay.of(Instant.now());
            List<Stats> stats = measure(jdbc, creators, courses, today, iterations);
            StringBuilder table = new StringBuilder();
            table.append(String.format(Locale.ROOT, "Analytics read path on %s: %,d orders, %,d sales_daily rows, %,d co-purchase rows%n",
                    url.replaceAll("\\?.*", ""), orders, salesRows, pairs));
            table.append(String.format(Locale.ROOT, "%-38s %7s %9s %9s %9s %9s%n", "request (all its queries)", "samples",
                    "p50 ms", "p95 ms", "p99 ms", "max ms"));
            stats.forEach(s -> table.append(s.line()).append('\n'));
            log.info("\n{}", table);
            Path file = Path.of("target", "bench", "dashboard-queries.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table.toString());
        } finally {
            ds.destroy();
        }
    }
}
