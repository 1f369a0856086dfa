package com.knowpay.account.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Limits sign-up attempts per client address (a Bucket4j bucket per address that refills one
 * attempt every {@code window / maxAttemptsPerAddress}), so "this username is taken" cannot be
 * asked without end. Like {@link LoginAttemptService} the buckets live in this node's memory,
 * in a bounded map that forgets the least recently used address first.
 */
@Component
public class RegistrationThrottle {

    private static final int MAX_ADDRESSES = 10_000;

    private final SecurityProperties.Registration policy;
    private final Map<String, LocalBucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LocalBucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public RegistrationThrottle(SecurityProperties properties) {
        this.policy = properties.registration();
    }

    /**
     * Counts one sign-up attempt from this address.
     *
     * @return how long the address must wait when it has used up its attempts; empty when it may go ahead
     *         (also for an unknown address: in-process callers have none)
     */
    public Optional<Duration> tryAcquire(String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return Optional.empty();
        }
        LocalBucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(clientAddress, a -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(policy.maxAttemptsPerAddress())
                            .refillGreedy(policy.maxAttemptsPerAddress(), policy.window()).build())
                    .withMillisecondPrecision()
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Forgets every address (tests that exhaust the limit clean up after themselves). */
    void clear() {
        synchronized (buckets) {
            buckets.clear();
        }
    }
}
