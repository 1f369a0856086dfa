package com.knowpay.analytics.datagen;

import com.knowpay.analytics.BusinessDay;
import com.knowpay.analytics.internal.PayLatencyBuckets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile "datagen": fills the configured database with creators, learners, courses, orders (paid,
 * refunded, abandoned), entitlements and the analytics roll-ups those orders' events would have built,
 * by JDBC batch inserts. Refuses to run on a database that already holds generated data.
 * <pre>
 * ./mvnw spring-boot:run -Dspring-boot.run.profiles=mysql,datagen -Dspring-boot.run.arguments=--datagen.orders=1000000
 * </pre>
 */
@Component
@Profile("datagen")
@EnableConfigurationProperties(DatagenSettings.class)
public class DataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);
    private static final int BATCH = 5_000;
    private static final String[] TAGS = {"java", "python", "go", "rust", "frontend", "design", "product", "marketing",
            "finance", "investing", "english", "japanese", "writing", "photography", "video", "music", "fitness",
            "cooking", "parenting", "psychology", "history", "philosophy", "career", "management", "sales", "law",
            "medicine", "data", "ai", "cloud"};
    private static final String[] KINDS = {"COURSE", "COURSE", "LECTURE_SERIES", "EBOOK"};
    private static final int COMMISSION_BP = 2000;

    private final JdbcTemplate jdbc;
    private final DatagenSettings settings;
    private final Clock clock;
    private final ConfigurableApplicationContext context;
    private final TransactionTemplate tx;

    DataGenerator(JdbcTemplate jdbc, DatagenSettings settings, Clock clock, ConfigurableApplicationContext context,
                  PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long marked = jdbc.queryForObject("SELECT COUNT(*) FROM analytics_datagen_marker", Long.class);
        if (marked != null && marked > 0) {
            log.warn("datagen: this database already holds generated data; refusing to run again (drop it and start over)");
        } else {
            generate();
        }
        if (settings.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    void generate() {
        long t0 = System.nanoTime();
        Random rnd = new Random(settings.seed());
        Instant now = clock.instant();
        log.info("datagen: {} orders, {} courses, {} learners, {} creators over {} days", settings.orders(),
                settings.courses(), settings.learners(), settings.creators(), settings.days());
        String hash = new BCryptPasswordEncoder().encode("Datagen-Pass-2026");
        List<Long> creators = users("dg_c", "CREATOR", settings.creators(), hash, now);
        List<Long> learners = users("dg_l", "LEARNER", settings.learners(), hash, now);
        log.info("datagen: {} accounts in {} s", creators.size() + learners.size(), secs(t0));
        Catalogue catalogue = courses(creators, rnd, now);
        log.info("datagen: {} courses in {} s", catalogue.size(), secs(t0));
        Rollups rollups = new Rollups();
        orders(learners, catalogue, rollups, rnd, now);
        log.info("datagen: orders and entitlements in {} s", secs(t0));
        writeRollups(rollups, catalogue);
        jdbc.update("INSERT INTO analytics_datagen_marker (orders, created_at) VALUES (?,?)", settings.orders(), utc(now));
        log.info("datagen: done in {} s", secs(t0));
    }

    private List<Long> users(String prefix, String role, int n, String hash, Instant now) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < n; i++) {
            String name = prefix + i;
            rows.add(new Object[] {name, (role.equals("CREATOR") ? "Creator " : "Learner ") + i, hash, role, utc(now), utc(now)});
            if (rows.size() == BATCH) {
                insertUsers(rows);
            }
        }
        insertUsers(rows);
        return jdbc.queryForList("SELECT id FROM user_account WHERE username LIKE ? ORDER BY id", Long.class,
                prefix.replace("_", "\\_") + "%");
    }

    private void insertUsers(List<Object[]> rows) {
        batch("INSERT INTO user_account (version, username, display_name, password_hash, role, created_at, password_changed_at) "
                + "VALUES (0,?,?,?,?,?,?)", rows);
    }

    /** Courses per tag, the first ones of each tag the best-sellers. */
    record Catalogue(long[] ids, long[] creatorIds, long[] priceFen, String[] titles, int[][] byTag, String[] kinds,
                     String[] tags) {
        int size() {
            return ids.length;
        }
    }

    private Catalogue courses(List<Long> creators, Random rnd, Instant now) {
        int n = settings.courses();
        List<Object[]> rows = new ArrayList<>(BATCH);
        long[] creatorOf = new long[n];
        long[] price = new long[n];
        String[] kind = new String[n];
        String[] tags = new String[n];
        String[] titles = new String[n];
        for (int i = 0; i < n; i++) {
            creatorOf[i] = creators.get(i % creators.size());
            price[i] = (9 + rnd.nextInt(50) * 10L) * 100 + 90;
            kind[i] = KINDS[rnd.nextInt(KINDS.length)];
            String primary = TAGS[i % TAGS.length];
            String second = TAGS[rnd.nextInt(TAGS.length)];
            tags[i] = primary.equals(second) ? primary : primary + "," + second;
            titles[i] = "Datagen " + primary + " " + i;
            Instant created = now.minus(Duration.ofDays(settings.days() + 30L));
            rows.add(new Object[] {creatorOf[i], "Creator " + (i % creators.size()), kind[i], titles[i], "," + tags[i] + ",",
                    price[i], utc(created), utc(created), utc(created)});
            if (rows.size() == BATCH) {
                insertCourses(rows);
            }
        }
        insertCourses(rows);
        List<Long> ids = jdbc.queryForList("SELECT id FROM course WHERE title LIKE 'Datagen %' ORDER BY id", Long.class);
        long[] idArr = ids.stream().mapToLong(Long::longValue).toArray();
        int[][] byTag = new int[TAGS.length][];
        for (int t = 0; t < TAGS.length; t++) {
            List<Integer> idx = new ArrayList<>();
            for (int i = t; i < n; i += TAGS.length) {
                idx.add(i);
            }
            byTag[t] = idx.stream().mapToInt(Integer::intValue).toArray();
        }
        return new Catalogue(idArr, creatorOf, price, titles, byTag, kind, tags);
    }

    private void insertCourses(List<Object[]> rows) {
        batch("INSERT INTO course (version, creator_id, creator_name, kind, title, description, tags, price_fen, status, "
                + "created_at, updated_at, published_at) VALUES (0,?,?,?,?,'Generated for the benchmark',?,?,'PUBLISHED',?,?,?)", rows);
    }

    private void orders(List<Long> learners, Catalogue cat, Rollups r, Random rnd, Instant now) {
        List<Object[]> orders = new ArrayList<>(BATCH);
        List<Object[]> entitlements = new ArrayList<>(BATCH);
        List<Object[]> purchases = new ArrayList<>(BATCH);
        int total = settings.orders();
        int perLearner = Math.max(1, total / learners.size());
        int made = 0;
        long seq = 0;
        int li = 0;
        Map<Integer, List<Integer>> paidBy = new HashMap<>();
        Map<Integer, Set<Integer>> everPaidBy = new HashMap<>();
        while (made < total) {
            int learner = li % learners.size();
            long user = learners.get(learner);
            li++;
            Random taste = new Random(settings.seed() * 31 + learner);
            int favourite = (int) (TAGS.length * Math.pow(taste.nextDouble(), 2));
            int count = Math.min(total - made, 1 + rnd.nextInt(2 * perLearner));
            List<Integer> paidCourses = paidBy.computeIfAbsent(learner, k -> new ArrayList<>());
            Set<Integer> owned = everPaidBy.computeIfAbsent(learner, k -> new HashSet<>());
            for (int k = 0; k < count; k++) {
                int[] pool = rnd.nextDouble() < 0.7 ? cat.byTag()[favourite] : cat.byTag()[rnd.nextInt(TAGS.length)];
                int c = pool[(int) (pool.length * Math.pow(rnd.nextDouble(), 3))];
                if (owned.contains(c)) {
                    c = pool[rnd.nextInt(pool.length)];
                    if (owned.contains(c)) {
                        continue;
                    }
                }
                made++;
                String orderNo = String.format("DG%014d", ++seq);
                Instant created = now.minusSeconds((long) (rnd.nextDouble() * settings.days() * 86_400L));
                String channel = channel(rnd);
                double fate = rnd.nextDouble();
                long amount = cat.priceFen()[c];
                long courseId = cat.ids()[c];
                long creatorId = cat.creatorIds()[c];
                r.add(creatorId, courseId, BusinessDay.of(created), "NONE", 1, 0, 0, 0, 0, 0, 0, 0);
                if (fate < 0.18) {
                    if (rnd.nextDouble() < 0.6) {
                        r.add(creatorId, courseId, BusinessDay.of(created), channel, 0, 0, 0, 0, 0, 0, 0, 1);
                    }
                    orders.add(order(orderNo, user, courseId, cat, c, amount, "CANCELLED", "TIMEOUT", created, null, 0));
                } else {
                    owned.add(c);
                    Instant paidAt = created.plusSeconds(timeToPay(rnd));
                    long commission = amount * COMMISSION_BP / 10_000;
                    r.add(creatorId, courseId, BusinessDay.of(paidAt), channel, 0, 1, amount, 0, 0, commission,
                            amount - commission, rnd.nextDouble() < 0.1 ? 2 : 1);
                    r.latency.computeIfAbsent(new Rollups.LatencyKey(BusinessDay.of(paidAt), channel,
                            PayLatencyBuckets.bucketOf(Duration.between(created, paidAt))), key -> new long[1])[0]++;
                    r.popularity.computeIfAbsent((long) c, key -> new long[1])[0]++;
                    String status = "PAID";
                    long refunded = 0;
                    if (fate > 0.97) {
                        refunded = fate > 0.99 ? amount / 2 : amount;
                        status = refunded == amount ? "REFUNDED" : "PARTIALLY_REFUNDED";
                        Instant refundAt = paidAt.plusSeconds((long) (rnd.nextDouble() * 7 * 86_400));
                        if (refundAt.isAfter(now)) {
                            refundAt = now;
                        }
                        long back = refunded * COMMISSION_BP / 10_000;
                        r.add(creatorId, courseId, BusinessDay.of(refundAt), channel, 0, 0, 0, refunded, 1, -back,
                                -(refunded - back), 0);
                    }
                    boolean active = !status.equals("REFUNDED");
                    if (active) {
                        for (int other : paidCourses) {
                            r.pair(cat.ids()[other], courseId);
                        }
                        paidCourses.add(c);
                        purchases.add(new Object[] {user, courseId, orderNo});
                    }
                    entitlements.add(new Object[] {user, courseId, cat.titles()[c], orderNo, utc(paidAt),
                            active ? null : utc(paidAt.plusSeconds(3600))});
                    orders.add(order(orderNo, user, courseId, cat, c, amount, status, null, created, paidAt, refunded));
                }
                if (orders.size() >= BATCH) {
                    flushOrders(orders, entitlements, purchases);
                }
            }
            if (li % 10_000 == 0) {
                log.info("datagen: {} / {} orders", made, total);
            }
        }
        flushOrders(orders, entitlements, purchases);
    }

    private Object[] order(String orderNo, long user, long courseId, Catalogue cat, int c, long amount, String status,
                           String cancelReason, Instant created, Instant paidAt, long refunded) {
        Instant expires = created.plusSeconds(900);
        return new Object[] {orderNo, user, courseId, cat.titles()[c], cat.creatorIds()[c], amount, status, cancelReason,
                utc(created), utc(expires), paidAt == null ? null : utc(paidAt), paidAt == null ? null : "Y" + orderNo,
                cancelReason == null ? null : utc(expires), refunded};
    }

    private void flushOrders(List<Object[]> orders, List<Object[]> entitlements, List<Object[]> purchases) {
        batch("INSERT INTO orders (version, order_no, user_id, course_id, course_title, creator_id, amount_fen, currency, status, "
                + "cancel_reason, created_at, expires_at, paid_at, paid_payment_no, cancelled_at, refunded_fen) "
                + "VALUES (0,?,?,?,?,?,?,'CNY',?,?,?,?,?,?,?,?)", orders);
        batch("INSERT INTO entitlement (version, user_id, course_id, course_title, order_no, granted_at, revoked_at) "
                + "VALUES (0,?,?,?,?,?,?)", entitlements);
        batch("INSERT INTO analytics_purchase (user_id, course_id, order_no, active) VALUES (?,?,?,TRUE)", purchases);
    }

    private void writeRollups(Rollups r, Catalogue cat) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        String sales = "INSERT INTO sales_daily (creator_id, course_id, biz_day, channel, orders_started, orders_paid, gross_fen, "
                + "refunds_fen, refund_count, commission_fen, net_fen) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        for (Map.Entry<Rollups.SalesKey, long[]> e : r.sales.entrySet()) {
            Rollups.SalesKey k = e.getKey();
            long[] v = e.getValue();
            rows.add(new Object[] {k.creatorId(), k.courseId(), k.day(), k.channel(), v[0], v[1], v[2], v[3], v[4], v[5], v[6]});
            flushIfFull(sales, rows);
        }
        batch(sales, rows);
        log.info("datagen: {} sales_daily rows", r.sales.size());
        String platform = "INSERT INTO platform_daily (biz_day, channel, orders_started, orders_paid, gross_fen, refunds_fen, "
                + "refund_count, commission_fen, net_fen, attempts) VALUES (?,?,?,?,?,?,?,?,?,?)";
        r.platform.forEach((k, v) -> rows.add(new Object[] {k.day(), k.channel(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]}));
        batch(platform, rows);
        String latency = "INSERT INTO pay_latency_daily (biz_day, channel, bucket, cnt) VALUES (?,?,?,?)";
        r.latency.forEach((k, v) -> rows.add(new Object[] {k.day(), k.channel(), k.bucket(), v[0]}));
        batch(latency, rows);
        String popularity = "INSERT INTO course_popularity (course_id, creator_id, kind, tags, paid_count) VALUES (?,?,?,?,?)";
        r.popularity.forEach((c, v) -> rows.add(new Object[] {cat.ids()[c.intValue()], cat.creatorIds()[c.intValue()],
                cat.kinds()[c.intValue()], cat.tags()[c.intValue()], v[0]}));
        batch(popularity, rows);
        String pairs = "INSERT INTO co_purchase (course_a, course_b, cnt) VALUES (?,?,?)";
        int done = 0;
        for (Map.Entry<Long, int[]> e : r.coPurchase.entrySet()) {
            rows.add(new Object[] {e.getKey() >>> 32, e.getKey() & 0xffffffffL, e.getValue()[0]});
            if (rows.size() >= BATCH) {
                batch(pairs, rows);
                done += BATCH;
                if (done % 500_000 == 0) {
                    log.info("datagen: {} / {} co-purchase rows", done, r.coPurchase.size());
                }
            }
        }
        batch(pairs, rows);
        log.info("datagen: {} co-purchase rows", r.coPurchase.size());
    }

    private void flushIfFull(String sql, List<Object[]> rows) {
        if (rows.size() >= BATCH) {
            batch(sql, rows);
        }
    }

    /** One transaction per batch: one commit (and log flush) per few thousand rows, not per row. */
    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            tx.executeWithoutResult(status -> jdbc.batchUpdate(sql, rows));
            rows.clear();
        }
    }

    private static String channel(Random rnd) {
        double x = rnd.nextDouble();
        return x < 0.45 ? "ALIPAY" : x < 0.95 ? "WECHAT" : "SANDBOX";
    }

    /** Mostly within a minute or two of scanning, with a long tail. */
    private static long timeToPay(Random rnd) {
        return Math.max(3, Math.round(Math.exp(3.6 + rnd.nextGaussian() * 0.9)));
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static long secs(long t0) {
        return (System.nanoTime() - t0) / 1_000_000_000L;
    }
}
