package com.knowpay.payment;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Every background pool of the payment core, one per purpose, built here so their bounds are read
 * in one place. The policy, for this module and any other that needs a pool of its own:
 * <ul>
 *   <li>Spring's {@code ThreadPoolTaskExecutor} / {@code ThreadPoolTaskScheduler}, never a bare
 *       {@code Executors.new…}; the component that uses the pool owns it and shuts it down in
 *       {@code destroy()}. They are deliberately not beans: a user-defined {@code Executor} or
 *       {@code TaskScheduler} bean would make Spring Boot drop its own {@code applicationTaskExecutor}
 *       and run every {@code @Scheduled} job on it.</li>
 *   <li>Threads named after the purpose, daemon, so a stuck provider call never keeps the JVM alive.</li>
 *   <li>Fixed size, bounded queue. Work never runs on the caller's thread (the caller is answering a
 *       provider or a screen and must not wait). A full queue refuses the task
 *       ({@code TaskRejectedException}); the submitter logs it. Only work that a janitor job redoes
 *       from the database may be submitted, so a refusal delays it, never loses it.</li>
 *   <li>On shutdown queued work gets a few seconds, then is dropped (again: the janitors redo it).</li>
 * </ul>
 */
public final class PaymentExecutors {

    private PaymentExecutors() {
    }

    /**
     * Provider calls after a recorded payment (automatic refunds, closing an order's other QR codes):
     * two threads, each task one or two provider calls bounded by the SDK timeouts; 10,000 queued.
     */
    static ThreadPoolTaskExecutor followUps() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("payment-follow-up-");
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        pool.setQueueCapacity(10_000);
        pool.setDaemon(true);
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(5);
        pool.initialize();
        return pool;
    }

    /**
     * The sandbox provider's notification deliveries and their retries (embedded default only): one
     * thread, deliveries are quick local HTTP posts and retries are scheduled, not slept. Dropped on
     * shutdown, like a provider whose notifications a stopped merchant misses.
     */
    public static ThreadPoolTaskScheduler sandboxNotifier() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("sandbox-notifier-");
        scheduler.setPoolSize(1);
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
        return scheduler;
    }
}
