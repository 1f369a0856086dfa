package com.knowpay.cluster;

import com.knowpay.Application;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts whole KnowPay nodes (profile {@code test,cluster}) in this JVM on random ports, on one
 * shared database: the CI's MariaDB when {@code KNOWPAY_TEST_DB_URL} is set, else a named
 * in-memory H2 database that every node of this JVM opens by the same name.
 */
final class ClusterNodes {

    private static final Logger log = LoggerFactory.getLogger(ClusterNodes.class);
    static final String RABBIT_HOST = "127.0.0.1";
    static final int RABBIT_PORT = 5672;

    private ClusterNodes() {
    }

    /** A database URL every node of one test shares. */
    static String sharedDatabaseUrl() {
        String url = System.getenv("KNOWPAY_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        return "jdbc:h2:mem:kp-cluster-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "NON_KEYWORDS=VALUE,KEY,YEAR,MONTH,DAY;DB_CLOSE_DELAY=-1";
    }

    static boolean rabbitReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(RABBIT_HOST, RABBIT_PORT), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param demoData  only one node seeds the demo users and catalogue
     * @param rabbitPort 5672 for the real broker; a closed port simulates RabbitMQ down
     */
    static ConfigurableApplicationContext start(String name, String dbUrl, boolean demoData, int rabbitPort,
                                                Class<?>... extraSources) {
        return start(name, dbUrl, demoData, rabbitPort, Map.of(), extraSources);
    }

    static ConfigurableApplicationContext start(String name, String dbUrl, boolean demoData, int rabbitPort,
                                                Map<String, String> extraProperties, Class<?>... extraSources) {
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", "0");
        props.put("spring.datasource.url", dbUrl);
        props.put("spring.datasource.username", env("KNOWPAY_TEST_DB_USER", "sa"));
        props.put("spring.datasource.password", env("KNOWPAY_TEST_DB_PASSWORD", ""));
        props.put("spring.datasource.hikari.maximum-pool-size", "10");
        props.put("knowpay.demo.enabled", Boolean.toString(demoData));
        // the cluster tests pay through the sandbox: switched on explicitly, as outside the embedded default
        props.put("knowpay.payment.sandbox.enabled", "true");
        props.put("spring.rabbitmq.host", RABBIT_HOST);
        props.put("spring.rabbitmq.port", Integer.toString(rabbitPort));
        props.put("spring.rabbitmq.connection-timeout", "1s");
        props.put("logging.structured.format.console", "");
        props.put("spring.application.name", "knowpay-" + name);
        props.putAll(extraProperties);
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = Application.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        log.info("Starting cluster node {} on {}", name, dbUrl.replaceAll("\\?.*", ""));
        // As command-line arguments: they beat application-{test,cluster}.properties (builder defaults would not).
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(sources).profiles("test", "cluster").run(args);
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
