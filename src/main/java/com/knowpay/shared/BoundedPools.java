package com.knowpay.shared;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The one policy for background threads in KnowPay (docs/ARCHITECTURE.md, "Threads"):
 * <ul>
 *   <li>Spring's {@code ThreadPoolTaskExecutor} / {@code ThreadPoolTaskScheduler} made here, never a
 *       bare {@code Executors.new…} or {@code new ThreadPoolExecutor}; the component that uses a pool
 *       owns it and shuts it down in {@code destroy()}. They are deliberately not beans: a user-defined
 *       {@code Executor} or {@code TaskScheduler} bean would make Spring Boot drop its own
 *       {@code applicationTaskExecutor} and run every {@code @Scheduled} job on it.</li>
 *   <li>Threads named after the purpose, daemon, so a stuck provider call never keeps the JVM alive.</li>
 *   <li>Fixed size, bounded queue. Work never runs on the caller's thread (the caller is answering a
 *       provider or a screen and must not wait). A full queue refuses the task
 *       ({@code TaskRejectedException}, a {@code RejectedExecutionException}); the submitter logs it.
 *       Only work that is redone anyway — by a janitor job from the database, or by a screen that
 *       catches up by query — may be submitted, so a refusal delays it, never loses it.</li>
 *   <li>On shutdown queued work gets a few seconds (or none, where waiting has no point), then is dropped.</li>
 * </ul>
 */
public final class BoundedPools {

    private static final int SHUTDOWN_GRACE_SECONDS = 5;

    private BoundedPools() {
    }

    /** {@code threads} named {@code namePrefix…}, at most {@code queueCapacity} waiting tasks. */
    public static ThreadPoolTaskExecutor fixed(String namePrefix, int threads, int queueCapacity) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix(namePrefix);
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(queueCapacity);
        pool.setAllowCoreThreadTimeOut(true);
        pool.setKeepAliveSeconds(30);
        pool.setDaemon(true);
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(SHUTDOWN_GRACE_SECONDS);
        pool.initialize();
        return pool;
    }

    /** A scheduler of {@code threads} whose queued work is dropped at shutdown. */
    public static ThreadPoolTaskScheduler scheduler(String namePrefix, int threads) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix(namePrefix);
        scheduler.setPoolSize(threads);
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
        return scheduler;
    }
}
