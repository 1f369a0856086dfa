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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The benchmark harness (DESIGN §6) — not a test. Creates a fresh MariaDB database, starts the
 * whole app on it in this JVM, measures, prints a table and writes bench/results/latest.{md,json}.
 * Run: {@code ./mvnw -B -Pbench test-compile exec:exec} (see docs/README-cluster.md).
 * Sizes can be changed with -Dbench.notifications=…, -Dbench.clients=…, -Dbench.screens=…,
 * -Dbench.sweep=…; the MariaDB server with KNOWPAY_BENCH_DB_SERVER (default
 * jdbc:mariadb://127.0.0.1:3306/, user KNOWPAY_BENCH_DB_USER=root, KNOWPAY_BENCH_DB_PASSWORD).
 */
public final class BenchmarkHarness {

    private static final Logger log = LoggerFactory.getLogger("bench");
    static final String PASSWORD = "benchPay2026";

    private final int notifications = Integer.getInteger("bench.notifications", 1000);
    private final int clients = Integer.getInteger("bench.clients", 8);
    private final int screens = Integer.getInteger("bench.screens", 200);
    private final int screenOrders = Integer.getInteger("bench.pushes", 200);
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
        };
        app = new SpringApplicationBuilder(Application.class).run(args);
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        courses = app.getBean(CatalogService.class).search(CourseSearch.all(), 0, 50).getContent().stream()
                .filter(c -> c.isPurchasable() && !c.price().isZero()).toList();
        log.info("App up on port {}, {} priced courses", port, courses.size());
    }

    /** Placed orders with one sandbox attempt each: (orderNo, paymentNo). */
    private List<String[]> openCheckouts(int n) {
        AccountService accounts = app.getBean(AccountService.class);
        UserDetailsService users = app.getBean(UserDetailsService.class);
        OrderService orders = app.getBean(OrderService.class);
        List<String[]> result = new ArrayList<>();
        while (result.size() < n) {
            int slot = orderCursor.getAndIncrement();
            int learnerIndex = slot / courses.size();
            while (learners.size() <= learnerIndex) {
                String name = "bench" + learners.size() + "x" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
                accounts.register(new RegisterCommand(name, "Bench " + learners.size(), null, PASSWORD, Role.LEARNER));
                learners.add(name);
            }
            CourseView course = courses.get(slot % courses.size());
            UserDetails user = users.loadUserByUsername(learners.get(learnerIndex));
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            try {
                OrderView order = orders.placeOrder(course.id());
                String paymentNo = orders.startPayment(order.orderNo(), ChannelType.SANDBOX).paymentNo();
                result.add(new String[] {order.orderNo(), paymentNo, learners.get(learnerIndex)});
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return result;
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
        List<String[]> checkouts = openCheckouts(notifications);
        List<Map<String, String>> signed = paidSignedNotifications(checkouts);
        // Warm-up: a few notifications not counted.
        int warm = Math.min(20, signed.size() / 10);
        for (int i = 0; i < warm; i++) {
            post(signed.get(i));
        }
        List<Map<String, String>> measured = signed.subList(warm, signed.size());
        long[] latencies = new long[measured.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
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
        Percentiles p = new Percentiles(latencies);
        long paid = countPaid(checkouts.subList(warm, checkouts.size()));
        results.put("notifications/s", round(measured.size() / seconds));
        results.put("notification p50 ms", round(p.ms(50)));
        results.put("notification p99 ms", round(p.ms(99)));
        results.put("notifications answered success", ok.get() + "/" + measured.size());
        results.put("orders PAID after the run", paid + "/" + measured.size());
    }

    private long countPaid(List<String[]> checkouts) throws SQLException {
        String in = checkouts.stream().map(c -> "'" + c[0] + "'").collect(Collectors.joining(","));
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM orders WHERE status = 'PAID' AND order_no IN (" + in + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String post(Map<String, String> params) {
        String form = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sandbox/notify"))
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

    /** The same transaction shape straight over JDBC: insert inbox, update attempt, update order, insert history. */
    private void rawCeiling() throws Exception {
        int n = notifications;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_inbox LIKE payment_notification_inbox");
            s.execute("CREATE TABLE bench_attempt LIKE payment_attempt");
            s.execute("CREATE TABLE bench_orders LIKE orders");
            s.execute("CREATE TABLE bench_history LIKE order_status_change");
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement o = c.prepareStatement("INSERT INTO bench_orders (order_no, user_id, course_id, "
                    + "course_title, creator_id, amount_fen, currency, status, open_key, created_at, expires_at) "
                    + "VALUES (?, 1, 1, 'Bench course', 1, 9900, 'CNY', 'PENDING_PAYMENT', ?, ?, ?)");
                 PreparedStatement a = c.prepareStatement("INSERT INTO bench_attempt (payment_no, order_no, channel, "
                         + "amount_fen, currency, subject, status, created_at, expires_at) "
                         + "VALUES (?, ?, 'SANDBOX', 9900, 'CNY', 'Bench course', 'QR_READY', ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    o.setString(1, "OB" + i);
                    o.setString(2, "1:" + i);
                    o.setTimestamp(3, now);
                    o.setTimestamp(4, now);
                    o.addBatch();
                    a.setString(1, "PB" + i);
                    a.setString(2, "OB" + i);
                    a.setTimestamp(3, now);
                    a.setTimestamp(4, now);
                    a.addBatch();
                }
                o.executeBatch();
                a.executeBatch();
            }
            c.commit();
        }
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        runClients(clients, () -> {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                try (PreparedStatement inbox = c.prepareStatement("INSERT INTO bench_inbox (channel, inbox_key, "
                        + "payment_no, source, trade_state, raw_content, received_at) VALUES ('SANDBOX', ?, ?, "
                        + "'NOTIFICATION', 'PAID', ?, ?)");
                     PreparedStatement attempt = c.prepareStatement("UPDATE bench_attempt SET status = 'SUCCEEDED', "
                             + "provider_trade_no = ?, paid_at = ?, version = version + 1 WHERE payment_no = ? AND version = 0");
                     PreparedStatement order = c.prepareStatement("UPDATE bench_orders SET status = 'PAID', paid_at = ?, "
                             + "paid_payment_no = ?, open_key = NULL, version = version + 1 WHERE order_no = ? AND version = 0");
                     PreparedStatement history = c.prepareStatement("INSERT INTO bench_history (order_id, from_status, "
                             + "to_status, reason, changed_at) VALUES (?, 'PENDING_PAYMENT', 'PAID', 'payment', ?)")) {
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        long t0 = System.nanoTime();
                        Timestamp ts = Timestamp.from(Instant.now());
                        inbox.setString(1, "SANDBOX:T" + i + ":PAID");
                        inbox.setString(2, "PB" + i);
                        inbox.setString(3, "out_trade_no=PB" + i + "&trade_status=TRADE_SUCCESS&total_amount=99.00");
                        inbox.setTimestamp(4, ts);
                        inbox.executeUpdate();
                        attempt.setString(1, "T" + i);
                        attempt.setTimestamp(2, ts);
                        attempt.setString(3, "PB" + i);
                        attempt.executeUpdate();
                        order.setTimestamp(1, ts);
                        order.setString(2, "PB" + i);
                        order.setString(3, "OB" + i);
                        order.executeUpdate();
                        history.setLong(1, i + 1L);
                        history.setTimestamp(2, ts);
                        history.executeUpdate();
                        c.commit();
                        latencies[i] = System.nanoTime() - t0;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Percentiles p = new Percentiles(latencies);
        results.put("raw ceiling tx/s", round(n / seconds));
        results.put("raw ceiling p50 ms", round(p.ms(50)));
        results.put("raw ceiling p99 ms", round(p.ms(99)));
        Object measured = results.get("notifications/s");
        if (measured instanceof Double d) {
            results.put("notifications vs raw ceiling %", round(100 * d / (n / seconds)));
        }
    }

    // ---------------------------------------------------------------- push

    private void notifyToScreen() throws Exception {
        List<String[]> checkouts = openCheckouts(screenOrders);
        List<Map<String, String>> signed = paidSignedNotifications(checkouts);
        OrderUpdates updates = app.getBean(OrderUpdates.class);
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
     * ANALYTICS STEP: the analytics engineer's {@code com.knowpay.bench.DashboardQueryBench} measures
     * dashboard p95 at 1 M orders. Called reflectively when merged: a static method
     * {@code run(ApplicationContext)} or {@code run(DataSource)} returning its figures (a Map or text).
     */
    private void dashboard() throws Exception {
        Class<?> bench;
        try {
            bench = Class.forName("com.knowpay.bench.DashboardQueryBench");
        } catch (ClassNotFoundException e) {
            results.put("dashboard p95 ms", "n/a (analytics not merged)");
            return;
        }
        for (Method m : bench.getDeclaredMethods()) {
            if (m.getName().equals("run") && m.getParameterCount() == 1
                    && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                Class<?> param = m.getParameterTypes()[0];
                Object arg = param.isInstance(app) ? app : app.getBean(param);
                m.setAccessible(true);
                Object figures = m.invoke(null, arg);
                if (figures instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> results.put("dashboard " + k, v));
                } else {
                    results.put("dashboard", String.valueOf(figures));
                }
                return;
            }
        }
        results.put("dashboard p95 ms", "n/a (DashboardQueryBench has no static run(ApplicationContext|DataSource))");
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
