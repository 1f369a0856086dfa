package com.knowpay.bench;

import com.knowpay.Application;
import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderUpdates;
import com.knowpay.order.OrderView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.sandbox.SandboxFaults;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.shared.security.Role;
import com.knowpay.support.SignIn;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The benchmark harness (docs/README-cluster.md#benchmark) — not a test. Creates a fresh MariaDB database, starts the
 * whole app on it in this JVM, measures, prints a table and writes bench/results/latest.{md,json}.
 * Run: {@code ./mvnw -B -Pbench test-compile exec:exec} (see docs/README-cluster.md).
 * Sizes can be changed with -Dbench.notifications=…, -Dbench.clients=…, -Dbench.screens=…,
 * -Dbench.sweep=…; the MariaDB server with KNOWPAY_BENCH_DB_SERVER (default
 * jdbc:mariadb://127.0.0.1:3306/, user KNOWPAY_BENCH_DB_USER=root, KNOWPAY_BENCH_DB_PASSWORD).
 */
public final class BenchmarkHarness {

    private static final Logger log = LoggerFactory.getLogger("bench");
    static final String PASSWORD = "benchPay2026";
    /** Each bench learner buys this many courses (learners who buy the whole catalogue inflate the "also bought" work). */
    static final int COURSES_PER_LEARNER = 3;

    private final int notifications = Integer.getInteger("bench.notifications", 1500);
    private final int clients = Integer.getInteger("bench.clients", 8);
    private final int screens = Integer.getInteger("bench.screens", 200);
    private final int screenOrders = Integer.getInteger("bench.pushes", 1000);
    private final int sweep = Integer.getInteger("bench.sweep", 300);
    private final String server = env("KNOWPAY_BENCH_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
    private final String dbUser = env("KNOWPAY_BENCH_DB_USER", "root");
    private final String dbPassword = env("KNOWPAY_BENCH_DB_PASSWORD", "");
    private final String database = "kp_bench_" + System.currentTimeMillis();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();

    private ConfigurableApplicationContext app;
    private int port;
    private List<CourseView> courses;
    private final List<String> learners = new ArrayList<>();
    private final AtomicInteger orderCursor = new AtomicInteger();

    private BenchmarkHarness() {
    }

    public static void main(String[] args) throws Exception {
        new BenchmarkHarness().run();
        System.exit(0);
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        createDatabase();
        try {
            startApp();
            results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, heap max "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, " + dbProduct());
            results.put("config", "notifications=" + notifications + ", clients=" + clients + ", screens=" + screens
                    + ", pushes=" + screenOrders + ", sweep=" + sweep);
            step("heap per checkout screen", this::heapPerScreen);
            step("notifications", this::notificationThroughput);
            step("raw ceiling", this::rawCeiling);
            step("bare HTTP floor", this::bareHttpFloor);
            step("notify to screen", this::notifyToScreen);
            step("sweeper", this::sweeperThroughput);
            step("dashboard", this::dashboard);
        } finally {
            if (app != null) {
                app.close();
            }
            dropDatabase();
        }
        results.put("total seconds", Math.round((System.nanoTime() - started) / 1e9));
        report();
    }

    private interface Step {
        void run() throws Exception;
    }

    private void step(String name, Step step) {
        String only = System.getProperty("bench.only", "");
        if (!only.isBlank() && java.util.Arrays.stream(only.split(",")).noneMatch(o -> name.startsWith(o.trim()))) {
            return;
        }
        log.info("== {}", name);
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            log.error("Step '{}' failed: {}", name, e.toString(), e);
            results.put(name + " error", e.toString());
        }
    }

    // ---------------------------------------------------------------- setup

    private void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(server, dbUser, dbPassword); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        log.info("Fresh database {} on {}", database, server);
    }

    private void dropDatabase() {
        if (Boolean.getBoolean("bench.keep-db")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(server, dbUser, dbPassword); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException e) {
            log.warn("Could not drop {}: {}", database, e.getMessage());
        }
    }

    private String dbUrl() {
        return server + database;
    }

    private String dbProduct() throws SQLException {
        try (Connection c = connect()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl(), dbUser, dbPassword);
    }

    private void startApp() {
        String[] args = {
                "--server.port=0",
                "--spring.datasource.url=" + dbUrl(),
                "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--knowpay.demo.enabled=true",
                "--logging.level.root=WARN",
                "--logging.level.bench=INFO",
                "--logging.level.com.knowpay=WARN",
                "--vaadin.launch-browser=false",
                // The harness places thousands of orders for a few learners from one process: risk's
                // per-user and per-address limits stay on but far above that (as in the test profile).
                "--knowpay.risk.thresholds.order-user-limit=1000",
                "--knowpay.risk.thresholds.order-ip-limit=10000",
                "--knowpay.risk.thresholds.payment-user-limit=1000",
                "--knowpay.risk.thresholds.payment-ip-limit=10000",
                "--knowpay.risk.thresholds.abandoned-orders-review=1000",
                "--knowpay.risk.thresholds.shared-accounts-limit=1000",
                // The harness pays every trade at the provider, then sends the notifications itself up
                // to minutes later: the active query (default: attempts a minute old) would record many
                // of them first and the measured notifications would be duplicates. Orders still expire.
                "--knowpay.payment.active-query.min-age=PT1H",
        };
        String extra = System.getProperty("bench.app-args", "").trim();
        if (!extra.isEmpty()) {
            args = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra.split("\\s+")))
                    .toArray(String[]::new);
            results.put("extra app arguments", extra);
        }
        app = new SpringApplicationBuilder(Application.class).run(args);
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        courses = app.getBean(CatalogService.class).search(CourseSearch.all(), 0, 50).getContent().stream()
                .filter(c -> c.isPurchasable() && !c.price().isZero()).toList();
        log.info("App up on port {}, {} priced courses", port, courses.size());
    }

    /** Registers learners up to {@code count}, one per core at a time (BCrypt is the slow part of set-up). */
    private void registerLearners(AccountService accounts, int count) throws InterruptedException {
        int from = learners.size();
        if (count <= from) {
            return;
        }
        String[] names = new String[count - from];
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        for (int k = 0; k < names.length; k++) {
            int index = from + k;
            names[k] = "bench" + index + "x" + run;
            String name = names[k];
            pool.execute(() -> accounts.register(new RegisterCommand(name, "Bench " + index, null, PASSWORD, Role.LEARNER)));
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("learner registration did not finish");
        }
        learners.addAll(List.of(names));
    }

    /** Placed orders with one sandbox attempt each: (orderNo, paymentNo, learner), placed one per core at a time. */
    private List<String[]> openCheckouts(int n) throws InterruptedException {
        AccountService accounts = app.getBean(AccountService.class);
        UserDetailsService users = app.getBean(UserDetailsService.class);
        OrderService orders = app.getBean(OrderService.class);
        int first = orderCursor.getAndAdd(n);
        registerLearners(accounts, (first + n + COURSES_PER_LEARNER - 1) / COURSES_PER_LEARNER);
        String[][] result = new String[n][];
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<?>> placed = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int index = k;
            int slot = first + k;
            String learner = learners.get(slot / COURSES_PER_LEARNER);
            CourseView course = courses.get(slot % courses.size());
            placed.add(pool.submit(() -> SignIn.as(users, learner, () -> {
                OrderView order = orders.placeOrder(course.id());
                String paymentNo = orders.startPayment(order.orderNo(), ChannelType.SANDBOX).paymentNo();
                result[index] = new String[] {order.orderNo(), paymentNo, learner};
            })));
        }
        pool.shutdown();
        for (Future<?> f : placed) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                pool.shutdownNow();
                throw new IllegalStateException("could not place a bench order", e.getCause());
            }
        }
        return List.of(result);
    }

    /** The provider took the money; its own notification is held back so the harness can send it. */
    private List<Map<String, String>> paidSignedNotifications(List<String[]> checkouts) {
        SandboxProvider provider = app.getBean(SandboxProvider.class);
        SandboxFaults faults = app.getBean(SandboxFaults.class);
        faults.notificationsLost(true);
        List<Map<String, String>> signed = new ArrayList<>();
        for (String[] c : checkouts) {
            provider.pay(c[1]);
            signed.add(provider.signedNotification(c[1]));
        }
        return signed;
    }

    // ---------------------------------------------------------------- notifications

    private void notificationThroughput() throws Exception {
        // Warm-up, not counted, at the measurement's concurrency, in rounds of 300 until the JIT has
        // settled (its compiler threads spend under bench.jit-settled-ms per notification in a round)
        // or bench.warmup notifications were sent. On two cores C2 is still compiling the framework's
        // large methods after a few hundred requests and takes CPU from the request threads; a
        // server runs for days, so the figure that matters is the settled one.
        int maxWarm = Integer.getInteger("bench.warmup", 3000);
        double settledMs = Double.parseDouble(System.getProperty("bench.jit-settled-ms", "0.3"));
        List<String[]> all = openCheckouts(maxWarm + notifications);
        List<Map<String, String>> allSigned = paidSignedNotifications(all);
        int warm = 0;
        List<String> jitByRound = new ArrayList<>();
        while (warm < maxWarm) {
            int from = warm;
            int to = Math.min(maxWarm, warm + 300);
            long jitBefore = compilerCpuMillis();
            postAll(notifyUrl(), allSigned.subList(from, to));
            double jitPerNotification = (compilerCpuMillis() - jitBefore) / (double) (to - from);
            jitByRound.add(String.format(Locale.ROOT, "%.2f", jitPerNotification));
            warm = to;
            if (jitPerNotification < settledMs) {
                break;
            }
        }
        results.put("warm-up", warm + " notifications; JIT compiler CPU ms per notification, by round of 300: "
                + String.join(" → ", jitByRound));
        // Warm-up orders not needed are paid too (after the measurement), so no step after this one
        // finds them open.
        List<Map<String, String>> leftOver = allSigned.subList(warm, maxWarm);
        List<String[]> checkouts = all.subList(maxWarm, all.size());
        List<Map<String, String>> measured = allSigned.subList(maxWarm, allSigned.size());
        long[] latencies = new long[measured.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        drainAfterCommitWork(Duration.ofMinutes(2));
        Map<String, Long> statusBefore = dbStatus();
        long[] cpuBefore = cpuMillis();
        Map<String, Long> threadsBefore = threadCpuMillis();
        long start = System.nanoTime();
        runClients(clients, () -> {
            int i;
            while ((i = next.getAndIncrement()) < measured.size()) {
                long t0 = System.nanoTime();
                String answer = post(measured.get(i));
                latencies[i] = System.nanoTime() - t0;
                if ("success".equals(answer)) {
                    ok.incrementAndGet();
                }
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] cpuAnswered = cpuMillis();
        Map<String, Long> threadsAnswered = threadCpuMillis();
        Map<String, Long> statusAnswered = dbStatus();
        long drainStart = System.nanoTime();
        boolean drained = drainAfterCommitWork(Duration.ofMinutes(5));
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        Map<String, Long> statusDrained = dbStatus();
        Percentiles p = new Percentiles(latencies);
        long paid = countPaid(checkouts);
        long recordedByNotification = countRecordedByNotification(checkouts);
        results.put("notifications/s", round(measured.size() / seconds));
        results.put("notifications/s with the after-commit work caught up", drained
                ? round(measured.size() / (seconds + drainSeconds)) : "n/a");
        results.put("notification p50 ms", round(p.ms(50)));
        results.put("notification p99 ms", round(p.ms(99)));
        results.put("notifications answered success", ok.get() + "/" + measured.size());
        results.put("orders PAID after the run", paid + "/" + measured.size());
        results.put("payments recorded by the measured notification (not earlier)", recordedByNotification + "/" + measured.size());
        results.put("after-commit work (ledger, roll-ups) done", drained
                ? round(drainSeconds) + " s after the last answer" : "NOT drained within 5 min");
        int n = measured.size();
        results.put("CPU per notification while answering (ms)", String.format(Locale.ROOT,
                "this JVM (app + load clients) %.2f, MariaDB %s", (cpuAnswered[0] - cpuBefore[0]) / (double) n,
                cpuBefore[1] < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (cpuAnswered[1] - cpuBefore[1]) / (double) n)));
        results.put("JVM CPU per notification by thread group while answering (ms)", threadsAnswered.entrySet().stream()
                .filter(e -> e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L) > n / 50)
                .sorted((a, b) -> Long.compare(b.getValue() - threadsBefore.getOrDefault(b.getKey(), 0L),
                        a.getValue() - threadsBefore.getOrDefault(a.getKey(), 0L)))
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f",
                        (e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)) / (double) n))
                .collect(Collectors.joining(", ")));
        results.put("DB work per notification, answered", perNotification(statusBefore, statusAnswered, n));
        results.put("DB work per notification, incl. after-commit", perNotification(statusBefore, statusDrained, n));
        postAll(notifyUrl(), leftOver);
        drainAfterCommitWork(Duration.ofMinutes(5));
    }

    /** Posts every notification, {@code clients} at a time, without timing them (warm-up, clean-up). */
    private void postAll(String url, List<Map<String, String>> notes) throws Exception {
        AtomicInteger next = new AtomicInteger();
        runClients(clients, () -> {
            int i;
            while ((i = next.getAndIncrement()) < notes.size()) {
                post(url, notes.get(i));
            }
        });
    }

    private static long compilerCpuMillis() {
        return threadCpuMillis().entrySet().stream().filter(e -> e.getKey().contains("Compiler"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Waits until no event publication is incomplete (the ledger and roll-up listeners caught up). */
    private boolean drainAfterCommitWork(Duration max) throws SQLException {
        long deadline = System.nanoTime() + max.toNanos();
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")) {
            while (System.nanoTime() < deadline) {
                try (var rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return true;
                    }
                }
                pause(100);
            }
        }
        return false;
    }

    /**
     * CPU ms of this JVM's live threads, summed by name with the numbers taken out (http-nio-…-exec-N:
     * the request path; after-commit-N: the listener lane; HttpClient/pool-N: the harness's clients;
     * "GC Thread#N", "G1 …": the collector; "C2 CompilerThre": the JIT). Read from /proc/self/task,
     * so the JVM's own native threads count too (Linux; elsewhere the Java threads only).
     * Threads that ended in between are not counted.
     */
    private static Map<String, Long> threadCpuMillis() {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    String[] f = Files.readString(task.resolve("stat")).replaceAll("^.*\\) ", "").split(" ");
                    long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, 100 Hz ticks
                    out.merge(name.replaceAll("\\d+", "N"), ms, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended while listed
                }
            }
            return out;
        } catch (IOException notLinux) {
            java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info != null && mx.getThreadCpuTime(info.getThreadId()) > 0) {
                    out.merge(info.getThreadName().replaceAll("\\d+", "N"),
                            mx.getThreadCpuTime(info.getThreadId()) / 1_000_000, Long::sum);
                }
            }
            return out;
        }
    }

    /** {this JVM's CPU ms, the local mariadbd's CPU ms or -1}. */
    private static long[] cpuMillis() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        long db = -1;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readString(proc.resolve("comm")).trim().equals("mariadbd")) {
                        String[] f = Files.readString(proc.resolve("stat")).replaceAll("^.*\\) ", "").split(" ");
                        db = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, 100 Hz ticks
                        break;
                    }
                } catch (IOException | RuntimeException gone) {
                    // a process that ended while listed
                }
            }
        } catch (IOException noProc) {
            // not Linux: no DB figure
        }
        return new long[] {jvm, db};
    }

    private static final List<String> COUNTERS = List.of("Com_select", "Com_insert", "Com_update", "Com_delete",
            "Com_commit", "Com_rollback", "Com_set_option", "Questions");

    /** Server-wide statement counters (SHOW GLOBAL STATUS): the harness's own queries are a few per second. */
    private Map<String, Long> dbStatus() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = connect(); Statement st = c.createStatement();
             var rs = st.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ("
                     + COUNTERS.stream().map(k -> "'" + k + "'").collect(Collectors.joining(",")) + ")")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static String perNotification(Map<String, Long> before, Map<String, Long> after, int n) {
        return COUNTERS.stream().filter(k -> before.containsKey(k) && after.containsKey(k))
                .map(k -> k.replace("Com_", "") + " " + String.format(Locale.ROOT, "%.1f",
                        (after.get(k) - before.get(k)) / (double) n))
                .collect(Collectors.joining(", "));
    }

    private long countPaid(List<String[]> checkouts) throws SQLException {
        String in = checkouts.stream().map(c -> "'" + c[0] + "'").collect(Collectors.joining(","));
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM orders WHERE status = 'PAID' AND order_no IN (" + in + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Payments whose money news came first from a provider notification (not from an active query). */
    private long countRecordedByNotification(List<String[]> checkouts) throws SQLException {
        String in = checkouts.stream().map(c -> "'" + c[1] + "'").collect(Collectors.joining(","));
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(DISTINCT payment_no) FROM payment_notification_inbox i WHERE payment_no IN ("
                     + in + ") AND source = 'NOTIFICATION' AND NOT EXISTS (SELECT 1 FROM payment_notification_inbox q "
                     + "WHERE q.payment_no = i.payment_no AND q.source <> 'NOTIFICATION' AND q.id < i.id)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String post(Map<String, String> params) {
        return post(notifyUrl(), params);
    }

    private String notifyUrl() {
        return "http://127.0.0.1:" + port + "/api/sandbox/notify";
    }

    private String post(String url, Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "io: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    // ---------------------------------------------------------------- raw ceiling

    /**
     * The DB ceiling, measured twice over plain JDBC in the same run and concurrency:
     * <ul>
     * <li><b>same shape</b>: exactly the statements the app's recording transaction sends for one
     * payment (read from its SQL log: match the attempt, inbox check + row, the order and its status
     * change, the entitlement, two event publications with a real-sized JSON, the risk signal, the
     * attempt and order updates, the open-attempts check), one commit — the figure the goal compares to;</li>
     * <li><b>minimal shape</b>: the four writes a payment cannot do without (inbox, attempt, order, history).</li>
     * </ul>
     * Tables are created {@code LIKE} the real ones and pre-filled with one order + attempt per payment.
     */
    private void rawCeiling() throws Exception {
        int n = notifications;
        prepareRawTables(n);
        double[] same = rawRun(n, "RS", this::sameShape);
        double[] minimal = rawRun(n, "RM", this::minimalShape);
        results.put("raw ceiling tx/s (same shape)", round(same[0]));
        results.put("raw ceiling p50 ms (same shape)", round(same[1]));
        results.put("raw ceiling p99 ms (same shape)", round(same[2]));
        results.put("raw ceiling tx/s (minimal shape: 4 writes)", round(minimal[0]));
        results.put("raw ceiling p50/p99 ms (minimal shape)", round(minimal[1]) + " / " + round(minimal[2]));
        Object measured = results.get("notifications/s");
        if (measured instanceof Double d) {
            results.put("notifications vs raw ceiling (same shape) %", round(100 * d / same[0]));
            results.put("notifications vs raw ceiling (minimal shape) %", round(100 * d / minimal[0]));
        }
    }

    private boolean rawTablesReady;

    private void prepareRawTables(int n) throws SQLException {
        if (rawTablesReady) {
            return;
        }
        rawTablesReady = true;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String t : List.of("payment_notification_inbox", "payment_attempt", "orders", "order_status_change",
                    "entitlement", "risk_signal", "event_publication")) {
                s.execute("CREATE TABLE bench_" + t + " LIKE " + t);
            }
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement o = c.prepareStatement("INSERT INTO bench_orders (order_no, user_id, course_id, "
                    + "course_title, creator_id, amount_fen, currency, status, open_key, created_at, expires_at) "
                    + "VALUES (?, ?, 1, 'Bench course', 1, 9900, 'CNY', 'PENDING_PAYMENT', ?, ?, ?)");
                 PreparedStatement a = c.prepareStatement("INSERT INTO bench_payment_attempt (payment_no, order_no, "
                         + "channel, amount_fen, currency, subject, status, created_at, expires_at) "
                         + "VALUES (?, ?, 'SANDBOX', 9900, 'CNY', 'Bench course', 'PENDING', ?, ?)")) {
                for (String prefix : List.of("RS", "RM", "RF")) {
                    for (int i = 0; i < n; i++) {
                        o.setString(1, "O" + prefix + i);
                        o.setLong(2, i + 1L);
                        o.setString(3, prefix + ":" + i);
                        o.setTimestamp(4, now);
                        o.setTimestamp(5, now);
                        o.addBatch();
                        a.setString(1, "P" + prefix + i);
                        a.setString(2, "O" + prefix + i);
                        a.setTimestamp(3, now);
                        a.setTimestamp(4, now);
                        a.addBatch();
                    }
                }
                o.executeBatch();
                a.executeBatch();
            }
            c.commit();
        }
    }

    private interface RawShape {
        void run(Connection c, String prefix, int i, Timestamp ts) throws SQLException;
    }

    /** {tx/s, p50 ms, p99 ms} of {@code n} transactions of one shape by {@code clients} connections. */
    private double[] rawRun(int n, String prefix, RawShape shape) throws Exception {
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        runClients(clients, () -> {
            try (Connection c = connect()) {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    long t0 = System.nanoTime();
                    c.setAutoCommit(false);
                    shape.run(c, prefix, i, Timestamp.from(Instant.now()));
                    c.commit();
                    c.setAutoCommit(true);
                    latencies[i] = System.nanoTime() - t0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Percentiles p = new Percentiles(latencies);
        return new double[] {n / seconds, p.ms(50), p.ms(99)};
    }

    private static final String EVENT_JSON = "{\"orderNo\":\"O20261125024302123456789\",\"userId\":1234,"
            + "\"courseId\":12,\"courseTitle\":\"A bench course title of a usual length\",\"creatorId\":3,"
            + "\"amount\":{\"fen\":9900,\"currency\":\"CNY\"},\"channel\":\"SANDBOX\","
            + "\"paymentNo\":\"P20261125024302123456789\",\"paidAt\":\"2026-11-25T02:43:02.123456Z\"}";

    private void sameShape(Connection c, String prefix, int i, Timestamp ts) throws SQLException {
        String orderNo = "O" + prefix + i;
        String paymentNo = "P" + prefix + i;
        long userId = i + 1L + ("RF".equals(prefix) ? 1_000_000L : 0L); // the floor's learners are others
        long orderId = scalar(c, "SELECT * FROM bench_orders WHERE order_no = ?", orderNo);
        scalar(c, "SELECT * FROM bench_payment_attempt WHERE payment_no = ?", paymentNo);
        scalar(c, "SELECT id FROM bench_payment_notification_inbox WHERE channel = 'SANDBOX' AND inbox_key = ? LIMIT 1",
                "SANDBOX:T" + prefix + i);
        update(c, "INSERT INTO bench_payment_notification_inbox (channel, inbox_key, payment_no, source, trade_state, "
                + "raw_content, received_at) VALUES ('SANDBOX', ?, ?, 'NOTIFICATION', 'PAID', ?, ?)",
                "SANDBOX:T" + prefix + i, paymentNo, "out_trade_no=" + paymentNo + "&trade_status=TRADE_SUCCESS"
                        + "&total_amount=99.00&trade_no=T" + prefix + i + "&sign=" + "x".repeat(344), ts);
        scalar(c, "SELECT * FROM bench_order_status_change WHERE order_id = ? ORDER BY id", orderId);
        update(c, "INSERT INTO bench_order_status_change (order_id, from_status, to_status, reason, changed_at) "
                + "VALUES (?, 'PENDING_PAYMENT', 'PAID', 'payment', ?)", orderId, ts);
        scalar(c, "SELECT * FROM bench_entitlement WHERE user_id = ? AND course_id = 1", userId);
        for (String listener : List.of("com.knowpay.ledger.LedgerEventHandlers.on(com.knowpay.order.OrderPaid)",
                "com.knowpay.analytics.internal.AnalyticsEventHandlers.on(com.knowpay.order.OrderPaid)")) {
            update(c, "INSERT INTO bench_event_publication (id, listener_id, event_type, serialized_event, "
                    + "publication_date, status, completion_attempts) VALUES (?, ?, 'com.knowpay.order.OrderPaid', ?, ?, "
                    + "'PUBLISHED', 0)", java.util.UUID.randomUUID().toString(), listener, EVENT_JSON, ts);
        }
        update(c, "INSERT INTO bench_entitlement (user_id, course_id, course_title, order_no, granted_at, version) "
                + "VALUES (?, 1, 'Bench course', ?, ?, 0)", userId, orderNo, ts);
        update(c, "INSERT INTO bench_risk_signal (kind, at, user_id, course_id, order_ref, amount_fen) "
                + "VALUES ('ORDER_PAID', ?, ?, 1, ?, 9900)", ts, userId, orderNo);
        update(c, "UPDATE bench_payment_attempt SET status = 'SUCCEEDED', provider_trade_no = ?, paid_at = ?, "
                + "version = version + 1 WHERE payment_no = ? AND version = 0", "T" + prefix + i, ts, paymentNo);
        update(c, "UPDATE bench_orders SET status = 'PAID', paid_at = ?, paid_payment_no = ?, open_key = NULL, "
                + "version = version + 1 WHERE id = ? AND version = 0", ts, paymentNo, orderId);
        scalar(c, "SELECT * FROM bench_payment_attempt WHERE order_no = ? AND status IN ('CREATED', 'PENDING') ORDER BY created_at",
                orderNo);
    }

    private void minimalShape(Connection c, String prefix, int i, Timestamp ts) throws SQLException {
        String orderNo = "O" + prefix + i;
        String paymentNo = "P" + prefix + i;
        update(c, "INSERT INTO bench_payment_notification_inbox (channel, inbox_key, payment_no, source, trade_state, "
                + "raw_content, received_at) VALUES ('SANDBOX', ?, ?, 'NOTIFICATION', 'PAID', ?, ?)",
                "SANDBOX:T" + prefix + i, paymentNo, "out_trade_no=" + paymentNo + "&trade_status=TRADE_SUCCESS", ts);
        update(c, "UPDATE bench_payment_attempt SET status = 'SUCCEEDED', provider_trade_no = ?, paid_at = ?, "
                + "version = version + 1 WHERE payment_no = ? AND version = 0", "T" + prefix + i, ts, paymentNo);
        update(c, "UPDATE bench_orders SET status = 'PAID', paid_at = ?, paid_payment_no = ?, open_key = NULL, "
                + "version = version + 1 WHERE order_no = ? AND version = 0", ts, paymentNo, orderNo);
        update(c, "INSERT INTO bench_order_status_change (order_id, from_status, to_status, reason, changed_at) "
                + "VALUES (?, 'PENDING_PAYMENT', 'PAID', 'payment', ?)", i + 1L, ts);
    }

    private static long scalar(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), args); var rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), args)) {
            ps.executeUpdate();
        }
    }

    private static PreparedStatement bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int k = 0; k < args.length; k++) {
            ps.setObject(k + 1, args[k]);
        }
        return ps;
    }


    // ---------------------------------------------------------------- bare HTTP floor

    /**
     * What any Java HTTP implementation of the notification could reach here: the JDK's own HTTP
     * server with {@code clients} worker threads, the same HTTP client and concurrency as the
     * notifications step, the same form body, a real SHA256withRSA verification and the raw
     * same-shape statements on one of {@code clients} plain JDBC connections — no framework, no ORM,
     * no after-commit work. The gap between this floor and the raw ceiling is the cost of HTTP and
     * the signature on these shared cores; the app cannot beat it.
     */
    private void bareHttpFloor() throws Exception {
        int n = notifications;
        prepareRawTables(n);
        int warm = Math.min(Integer.getInteger("bench.warmup", 300), n / 4);
        com.knowpay.payment.sandbox.SandboxKeys keys = com.knowpay.payment.sandbox.SandboxKeys.generate();
        List<Map<String, String>> signed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("notify_time", "2026-11-25 10:00:00");
            params.put("notify_type", "trade_status_sync");
            params.put("notify_id", java.util.UUID.randomUUID().toString().replace("-", ""));
            params.put("app_id", "2021000000000000");
            params.put("seller_id", "2088000000000000");
            params.put("trade_no", "TRF" + i);
            params.put("out_trade_no", "PRF" + i);
            params.put("trade_status", "TRADE_SUCCESS");
            params.put("total_amount", "99.00");
            params.put("sign", com.knowpay.payment.sandbox.SandboxSignature.sign(params, keys.providerPrivateKey()));
            params.put("sign_type", "RSA2");
            signed.add(params);
        }
        java.util.concurrent.BlockingQueue<Connection> pool = new java.util.concurrent.ArrayBlockingQueue<>(clients);
        for (int i = 0; i < clients; i++) {
            pool.add(connect());
        }
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(workers);
        server.createContext("/notify", exchange -> {
            String answer = "failure";
            try (exchange) {
                Map<String, String> params = new LinkedHashMap<>();
                for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                    int eq = pair.indexOf('=');
                    params.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
                boolean verified = com.knowpay.payment.sandbox.SandboxSignature.verify(params, keys.providerPublicKey());
                if (!verified) {
                    log.warn("bare floor: signature not verified");
                }
                if (verified) {
                    Connection c = pool.take();
                    try {
                        c.setAutoCommit(false);
                        sameShape(c, "RF", Integer.parseInt(params.get("out_trade_no").substring(3)),
                                Timestamp.from(Instant.now()));
                        c.commit();
                        answer = "success";
                    } catch (SQLException e) {
                        log.warn("bare floor transaction failed: {}", e.toString());
                        c.rollback();
                    } finally {
                        c.setAutoCommit(true);
                        pool.put(c);
                    }
                }
                byte[] body = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException | RuntimeException e) {
                log.warn("bare floor request failed: {}", e.toString());
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/notify";
        try {
            postAll(url, signed.subList(0, warm));
            List<Map<String, String>> measured = signed.subList(warm, n);
            long[] latencies = new long[measured.size()];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger ok = new AtomicInteger();
            long[] cpuBefore = cpuMillis();
            long start = System.nanoTime();
            runClients(clients, () -> {
                int i;
                while ((i = next.getAndIncrement()) < measured.size()) {
                    long t0 = System.nanoTime();
                    if ("success".equals(post(url, measured.get(i)))) {
                        ok.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] cpuAfter = cpuMillis();
            Percentiles p = new Percentiles(latencies);
            double perSecond = measured.size() / seconds;
            results.put("bare HTTP floor notifications/s (JDK HTTP server, RSA verify, raw same shape)", round(perSecond));
            results.put("bare HTTP floor p50/p99 ms", round(p.ms(50)) + " / " + round(p.ms(99)));
            results.put("bare HTTP floor answered success", ok.get() + "/" + measured.size());
            results.put("bare HTTP floor CPU per notification (ms)", String.format(Locale.ROOT,
                    "this JVM (server + load clients) %.2f, MariaDB %.2f", (cpuAfter[0] - cpuBefore[0]) / (double) measured.size(),
                    (cpuAfter[1] - cpuBefore[1]) / (double) measured.size()));
            if (results.get("raw ceiling tx/s (same shape)") instanceof Double ceiling) {
                results.put("bare HTTP floor vs raw ceiling (same shape) %", round(100 * perSecond / ceiling));
            }
        } finally {
            server.stop(0);
            workers.shutdown();
            for (Connection c : pool) {
                c.close();
            }
        }
    }

    // ---------------------------------------------------------------- push

    private void notifyToScreen() throws Exception {
        int warm = Math.max(10, screenOrders / 5);
        List<String[]> all = openCheckouts(warm + screenOrders);
        List<Map<String, String>> allSigned = paidSignedNotifications(all);
        OrderUpdates updates = app.getBean(OrderUpdates.class);
        // Warm-up, not counted: the push path (view read before commit, delivery) gets compiled.
        List<OrderUpdates.Subscription> warmSubscriptions = new ArrayList<>();
        for (int i = 0; i < warm; i++) {
            warmSubscriptions.add(updates.subscribe(all.get(i)[0], view -> { }));
            post(allSigned.get(i));
        }
        warmSubscriptions.forEach(OrderUpdates.Subscription::cancel);
        drainAfterCommitWork(Duration.ofMinutes(2));
        List<String[]> checkouts = all.subList(warm, all.size());
        List<Map<String, String>> signed = allSigned.subList(warm, allSigned.size());
        Map<String, Long> deliveredAt = new ConcurrentHashMap<>();
        List<OrderUpdates.Subscription> subscriptions = new ArrayList<>();
        for (String[] c : checkouts) {
            subscriptions.add(updates.subscribe(c[0], view -> {
                if (view.status() == OrderStatus.PAID) {
                    deliveredAt.putIfAbsent(view.orderNo(), System.nanoTime());
                }
            }));
        }
        long[] postedAt = new long[checkouts.size()];
        AtomicInteger next = new AtomicInteger();
        int pushClients = Math.max(1, clients / 2);
        runClients(pushClients, () -> {
            int i;
            while ((i = next.getAndIncrement()) < signed.size()) {
                postedAt[i] = System.nanoTime();
                post(signed.get(i));
                pause(10);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (deliveredAt.size() < checkouts.size() && System.nanoTime() < deadline) {
            pause(50);
        }
        subscriptions.forEach(OrderUpdates.Subscription::cancel);
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < checkouts.size(); i++) {
            Long at = deliveredAt.get(checkouts.get(i)[0]);
            if (at != null) {
                latencies.add(at - postedAt[i]);
            }
        }
        Percentiles p = new Percentiles(latencies.stream().mapToLong(Long::longValue).toArray());
        results.put("notify→screen p50 ms", round(p.ms(50)));
        results.put("notify→screen p99 ms", round(p.ms(99)));
        results.put("notify→screen delivered", latencies.size() + "/" + checkouts.size()
                + " (" + pushClients + " clients, 10 ms pacing)");
    }

    // ---------------------------------------------------------------- heap per screen

    /**
     * Real Vaadin UIs of PayView over HTTP: sign in once (form login), then open the checkout page
     * {@code screens} times (each Vaadin init request builds a UI with its PayView and its push
     * subscription, as a browser tab does). Heap after full GC, before and after, divided by N.
     */
    private void heapPerScreen() throws Exception {
        String[] checkout = openCheckouts(1).getFirst();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(checkout[2]) + "&password=" + PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("form login failed: " + login.statusCode() + " " + login.headers().map());
        }
        String location = "order/" + checkout[0] + "/pay";
        String init = base() + "/?v-r=init&location=" + enc(location) + "&query=";
        // One to warm Vaadin up (first UI builds caches), not counted.
        openScreen(browser, init);
        long before = usedHeapAfterGc();
        for (int i = 0; i < screens; i++) {
            openScreen(browser, init);
        }
        long after = usedHeapAfterGc();
        results.put("heap per checkout screen KB", round((after - before) / 1024.0 / screens));
        results.put("heap method", screens + " PayView UIs over HTTP in one session, used heap after GC delta / N");
    }

    private void openScreen(HttpClient browser, String init) throws IOException, InterruptedException {
        HttpResponse<String> ui = browser.send(HttpRequest.newBuilder(URI.create(init)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (ui.statusCode() != 200 || !ui.body().contains("v-uiId")) {
            throw new IllegalStateException("Vaadin init did not build a UI: " + ui.statusCode() + " "
                    + ui.body().substring(0, Math.min(200, ui.body().length())));
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            pause(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---------------------------------------------------------------- sweeper

    private void sweeperThroughput() throws Exception {
        openCheckouts(sweep);
        Class<?> type = Class.forName("com.knowpay.order.OrderTimeouts");
        Method expireDue = type.getDeclaredMethod("expireDue", Instant.class);
        expireDue.setAccessible(true);
        Object sweeper = app.getBean(type);
        long start = System.nanoTime();
        int handled = (Integer) expireDue.invoke(sweeper, Instant.now().plus(Duration.ofDays(1)));
        double seconds = (System.nanoTime() - start) / 1e9;
        results.put("sweeper orders/s", round(handled / seconds));
        results.put("sweeper handled", handled + " expired orders (each: query + close at the sandbox, cancel)");
    }

    // ---------------------------------------------------------------- dashboard (analytics)

    /**
     * Dashboard p95 at a million orders: a database filled by the analytics data generator (profile
     * {@code datagen}) — kept between runs as {@code kp_bench_1m} (override with -Dbench.dashboard-db)
     * and generated only when missing or smaller than -Dbench.dashboard-orders (default 1 000 000;
     * ~5–9 minutes here) — then {@link DashboardQueryBench#measure} over 300 samples per view.
     */
    private void dashboard() throws Exception {
        int orders = Integer.getInteger("bench.dashboard-orders", 1_000_000);
        String db = System.getProperty("bench.dashboard-db", "kp_bench_1m");
        String url = server + db;
        long existing = generatedOrders(db);
        if (existing < orders) {
            try (Connection c = DriverManager.getConnection(server, dbUser, dbPassword); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + db);
                st.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            log.info("Generating {} orders into {} (kept for the next run)", orders, db);
            long t0 = System.nanoTime();
            try (ConfigurableApplicationContext gen = new SpringApplicationBuilder(Application.class)
                    .profiles("datagen").run("--server.port=0", "--spring.datasource.url=" + url + "?useBulkStmts=true",
                            "--spring.datasource.username=" + dbUser, "--spring.datasource.password=" + dbPassword,
                            "--datagen.orders=" + orders, "--datagen.exit=false", "--knowpay.demo.enabled=false",
                            "--logging.level.root=WARN",
                            "--logging.level.com.knowpay.analytics.datagen=INFO", "--vaadin.launch-browser=false")) {
                results.put("dashboard data generated", orders + " orders in " + Math.round((System.nanoTime() - t0) / 1e9) + " s");
            }
        } else {
            results.put("dashboard data generated", "reused " + db + " (" + existing + " orders)");
        }
        org.springframework.jdbc.datasource.SingleConnectionDataSource ds =
                new org.springframework.jdbc.datasource.SingleConnectionDataSource(url, dbUser, dbPassword, true);
        try {
            org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(ds);
            List<Long> creators = jdbc.queryForList(
                    "SELECT DISTINCT creator_id FROM course_popularity ORDER BY creator_id LIMIT 1000", Long.class);
            List<Long> courseIds = jdbc.queryForList(
                    "SELECT course_id FROM course_popularity ORDER BY course_id LIMIT 5000", Long.class);
            long total = jdbc.queryForObject("SELECT COUNT(*) FROM orders", Long.class);
            List<DashboardQueryBench.Stats> stats = DashboardQueryBench.measure(jdbc, creators, courseIds,
                    com.knowpay.analytics.BusinessDay.of(Instant.now()), 300);
            results.put("dashboard orders in database", total);
            for (DashboardQueryBench.Stats st : stats) {
                results.put("dashboard p95 ms: " + st.name(), round(st.p95()));
            }
        } finally {
            ds.destroy();
        }
    }

    /** Orders the data generator wrote into {@code db}, or 0 if it has no finished generation. */
    private long generatedOrders(String db) {
        try (Connection c = DriverManager.getConnection(server + db, dbUser, dbPassword); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COALESCE(MAX(orders), 0) FROM analytics_datagen_marker")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException missing) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- helpers and report

    private void runClients(int n, Runnable client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                running.add(pool.submit(() -> {
                    go.await();
                    client.run();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : running) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void report() throws IOException {
        StringBuilder md = new StringBuilder("# KnowPay benchmark — latest run\n\n")
                .append("Run: ").append(Instant.now()).append("  \n")
                .append("Command: `./mvnw -B -Pbench test-compile exec:exec`\n\n")
                .append("| figure | value |\n|---|---|\n");
        results.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        String json = results.entrySet().stream()
                .map(e -> "  \"" + esc(e.getKey()) + "\": " + (e.getValue() instanceof Number n ? n.toString()
                        : "\"" + esc(String.valueOf(e.getValue())) + "\""))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("latest.md"), md);
        Files.writeString(dir.resolve("latest.json"), json);
        log.info("\n{}\nWritten to {}", md, dir.toAbsolutePath());
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2f", v));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
