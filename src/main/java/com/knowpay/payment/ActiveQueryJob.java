package com.knowpay.payment;

import com.knowpay.shared.metrics.MdcScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The provider's notification may never come (Alipay and WeChat both say so): ask about every
 * attempt that has been open for a minute ({@code knowpay.payment.active-query.min-age}), and
 * close at the provider what has outlived its order, so every attempt ends SUCCEEDED, DECLINED,
 * FAILED or CLOSED. Once per cluster (ShedLock).
 */
@Component
class ActiveQueryJob {

    private static final Logger log = LoggerFactory.getLogger(ActiveQueryJob.class);

    /** Default for {@code knowpay.payment.active-query.min-age}: how long an attempt may wait for its notification. */
    static final Duration MIN_AGE = Duration.ofSeconds(60);
    /** A CREATED attempt older than this never got its QR code (the node died mid-call). */
    static final Duration STUCK_CREATED = Duration.ofMinutes(2);
    static final Duration CLOSE_GRACE = Duration.ofMinutes(1);
    static final int BATCH = 100;
    /** Stop well inside ShedLock's lockAtMostFor; the next run goes on. */
    static final long BUDGET_MILLIS = 120_000;

    private final PaymentAttemptRepository attempts;
    private final PaymentRecorder recorder;
    private final AttemptSettler settler;
    private final Clock clock;
    private final Duration minAge;

    ActiveQueryJob(PaymentAttemptRepository attempts, PaymentRecorder recorder, AttemptSettler settler, Clock clock,
            @Value("${knowpay.payment.active-query.min-age:PT60S}") Duration minAge) {
        this.attempts = attempts;
        this.recorder = recorder;
        this.settler = settler;
        this.clock = clock;
        if (minAge.isNegative() || minAge.isZero()) {
            throw new IllegalArgumentException("knowpay.payment.active-query.min-age must be positive, was " + minAge);
        }
        this.minAge = minAge;
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    @SchedulerLock(name = "payment-active-query", lockAtMostFor = "PT5M")
    void run() {
        try (MdcScope mdc = MdcScope.of(MdcScope.JOB, "payment-active-query")) {
            Instant now = clock.instant();
            queryOpenAttempts(now.minus(minAge), now);
        }
    }

    /** Queries every open attempt created before {@code createdBefore}, in batches; returns how many were asked about. */
    int queryOpenAttempts(Instant createdBefore, Instant now) {
        long started = System.currentTimeMillis();
        long afterId = 0;
        int asked = 0;
        while (System.currentTimeMillis() - started < BUDGET_MILLIS) {
            List<PaymentAttemptRepository.OpenAttempt> due =
                    attempts.findOpenCreatedBefore(createdBefore, afterId, PageRequest.of(0, BATCH));
            for (PaymentAttemptRepository.OpenAttempt open : due) {
                recorder.find(open.getPaymentNo()).filter(a -> a.status().isOpen()).ifPresent(a -> settle(a, now));
                afterId = open.getId();
                asked++;
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return asked;
    }

    private void settle(PaymentAttemptView a, Instant now) {
        boolean outlived = now.isAfter(a.expiresAt().plus(CLOSE_GRACE))
                || (a.status() == AttemptStatus.CREATED && a.createdAt().isBefore(now.minus(STUCK_CREATED)));
        try (MdcScope mdc = MdcScope.of(MdcScope.PAYMENT_NO, a.paymentNo())) {
            settler.settleOne(a, outlived);
        } catch (RuntimeException e) {
            // One attempt that cannot be settled now must not stop the job; the next run asks again.
            log.warn("Active query of payment {} failed: {}", a.paymentNo(), e.toString());
        }
    }
}
