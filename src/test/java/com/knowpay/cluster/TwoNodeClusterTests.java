package com.knowpay.cluster;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderUpdates;
import com.knowpay.order.OrderView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.shared.metrics.KnowPayMetrics;
import com.knowpay.support.PaymentTestKit;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two whole nodes on one database and one RabbitMQ: a payment notified to node A reaches a
 * checkout screen subscribed on node B; scheduled jobs run on one node at a time. Skipped (with a
 * loud message) when RabbitMQ is not reachable on 127.0.0.1:5672.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeClusterTests {

    private static final Logger log = LoggerFactory.getLogger(TwoNodeClusterTests.class);
    static final Duration WAIT = Duration.ofSeconds(20);

    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodes() {
        if (!ClusterNodes.rabbitReachable()) {
            log.warn("\n\n*** TwoNodeClusterTests SKIPPED: RabbitMQ is not reachable on {}:{} — start it "
                    + "(rabbitmq-server -detached; .ci/run does) to test the cluster fan-out ***\n",
                    ClusterNodes.RABBIT_HOST, ClusterNodes.RABBIT_PORT);
            Assumptions.abort("RabbitMQ not reachable on 127.0.0.1:5672");
        }
        String db = ClusterNodes.sharedDatabaseUrl();
        nodeA = ClusterNodes.start("a", db, true, ClusterNodes.RABBIT_PORT);
        nodeB = ClusterNodes.start("b", db, false, ClusterNodes.RABBIT_PORT);
    }

    @AfterAll
    void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void paymentNotifiedToNodeAReachesTheCheckoutScreenOnNodeB() {
        String learner = PaymentTestKit.newLearner(nodeA.getBean(AccountService.class));
        List<CourseView> courses = PaymentTestKit.pricedCourses(nodeA.getBean(CatalogService.class));
        CourseView course = courses.get(courses.size() - 1);
        UserDetailsService usersA = nodeA.getBean(UserDetailsService.class);
        OrderService ordersA = nodeA.getBean(OrderService.class);
        OrderView order = as(usersA, learner, () -> ordersA.placeOrder(course.id()));
        String paymentNo = as(usersA, learner, () -> ordersA.startPayment(order.orderNo(), ChannelType.SANDBOX))
                .paymentNo();

        BlockingQueue<OrderView> screenOnB = new LinkedBlockingQueue<>();
        OrderUpdates.Subscription subscription = nodeB.getBean(OrderUpdates.class)
                .subscribe(order.orderNo(), screenOnB::add);
        try {
            // The wallet pays; the sandbox provider POSTs its signed notification to node A.
            nodeA.getBean(SandboxProvider.class).pay(paymentNo);

            await().atMost(WAIT).until(() -> screenOnB.stream().anyMatch(v -> v.status() == OrderStatus.PAID));
        } finally {
            subscription.cancel();
        }
        // The grant commits with the after-commit handler's own transaction, just after the push.
        await().atMost(WAIT).until(() -> nodeB.getBean(EntitlementService.class).hasAccess(order.userId(), course.id()));
        assertThat(nodeB.getBean(KnowPayMetrics.class).registry().find("knowpay.push.latency")
                .tag("status", "PAID").timer()).isNotNull()
                .satisfies(t -> assertThat(t.count()).isPositive());
    }

    @Test
    void aJobGuardedByShedLockRunsOnExactlyOneNodeWhenBothStartItTogether() throws Exception {
        String lockName = "cluster-test-" + System.nanoTime();
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Runnable job = () -> {
            ran.incrementAndGet();
            awaitLatch(release);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Void>> runs = List.of(nodeA, nodeB).stream().map(node -> CompletableFuture.runAsync(() -> {
            DefaultLockingTaskExecutor executor = new DefaultLockingTaskExecutor(node.getBean(LockProvider.class));
            bothStarted.countDown();
            awaitLatch(bothStarted);
            executor.executeWithLock(job, new LockConfiguration(Instant.now(), lockName, Duration.ofMinutes(1),
                    Duration.ZERO));
        }, threads)).toList();
        // Both nodes have asked for the lock; the winner is still inside the job.
        Thread.sleep(1_500);
        release.countDown();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        threads.shutdown();
        assertThat(ran).hasValue(1);
    }

    @Test
    void theRealSweeperOnNodeASkipsItsRunWhileNodeBHoldsTheSweeperLock() throws Exception {
        LockProvider locksOfB = nodeB.getBean(LockProvider.class);
        Object sweeperOfA = nodeA.getBean(Class.forName("com.knowpay.order.OrderTimeouts"));
        Method sweep = Class.forName("com.knowpay.order.OrderTimeouts").getDeclaredMethod("sweep");
        sweep.setAccessible(true);
        KnowPayMetrics metricsOfA = nodeA.getBean(KnowPayMetrics.class);

        SimpleLock held = await().atMost(WAIT).until(() -> locksOfB.lock(new LockConfiguration(Instant.now(),
                "order-timeout-sweeper", Duration.ofMinutes(1), Duration.ZERO)), Optional::isPresent).orElseThrow();
        double before = sweeperRuns(metricsOfA);
        try {
            sweep.invoke(sweeperOfA);
            assertThat(sweeperRuns(metricsOfA)).as("sweeper ran on A while B held the lock").isEqualTo(before);
        } finally {
            held.unlock();
        }
        sweep.invoke(sweeperOfA);
        assertThat(sweeperRuns(metricsOfA)).as("sweeper runs on A once the lock is free").isGreaterThan(before);
    }

    private static double sweeperRuns(KnowPayMetrics metrics) {
        var counter = metrics.registry().find("knowpay.sweeper.runs").counter();
        return counter == null ? 0 : counter.count();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
