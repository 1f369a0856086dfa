package com.knowpay.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The provider's notification may never come (Alipay and WeChat both say so): ask about every
 * attempt that has been open for a minute, and close at the provider what has outlived its
 * order, so every attempt ends SUCCEEDED, DECLINED, FAILED or CLOSED. Once per cluster (ShedLock).
 */
@Component
class ActiveQueryJob {

    static final Duration MIN_AGE = Duration.ofSeconds(60);
    /** A CREATED attempt older than this never got its QR code (the node died mid-call). */
    static final Duration STUCK_CREATED = Duration.ofMinutes(2);
    static final Duration CLOSE_GRACE = Duration.ofMinutes(1);
    static final int BATCH = 100;

    private final PaymentAttemptRepository attempts;
    private final PaymentRecorder recorder;
    private final AttemptSettler settler;
    private final Clock clock;

    ActiveQueryJob(PaymentAttemptRepository attempts, PaymentRecorder recorder, AttemptSettler settler, Clock clock) {
        this.attempts = attempts;
        this.recorder = recorder;
        this.settler = settler;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    @SchedulerLock(name = "payment-active-query", lockAtMostFor = "PT5M")
    void run() {
        Instant now = clock.instant();
        queryOpenAttempts(now.minus(MIN_AGE), now);
    }

    /** Queries open attempts created before {@code createdBefore}; returns how many were asked about. */
    int queryOpenAttempts(Instant createdBefore, Instant now) {
        List<String> due = attempts.findOpenCreatedBefore(createdBefore, PageRequest.of(0, BATCH));
        for (String paymentNo : due) {
            recorder.find(paymentNo).filter(a -> a.status().isOpen()).ifPresent(a -> {
                boolean outlived = now.isAfter(a.expiresAt().plus(CLOSE_GRACE))
                        || (a.status() == AttemptStatus.CREATED && a.createdAt().isBefore(now.minus(STUCK_CREATED)));
                settler.settleOne(a, outlived);
            });
        }
        return due.size();
    }
}
