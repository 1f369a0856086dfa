package com.knowpay.account.security;

import com.knowpay.shared.LogSafe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down and then locks password guessing, per username and per client address.
 * <p>
 * The counters live in this node's memory on purpose: it needs no schema, no extra round trip
 * on every sign-in, and survives nothing it should not. With several nodes an attacker can
 * spread guesses over them, so each node allows at most its own quota; sharing the counters
 * across the cluster (issue 10) will replace this store, not the rules.
 * Thread-safe; time comes from the shared {@link Clock} so tests can move it.
 */
@Component
public class LoginAttemptService {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptService.class);
    /** Above this many tracked keys, idle ones are dropped so random usernames cannot fill the heap. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Policy userPolicy;
    private final Policy addressPolicy;
    private final Clock clock;
    private final ConcurrentMap<String, Tracker> trackers = new ConcurrentHashMap<>();

    public LoginAttemptService(SecurityProperties properties, Clock clock) {
        SecurityProperties.Login s = properties.login();
        this.userPolicy = new Policy(s.maxFailures(), s.slowAfter(), s.slowDelay(), s.window(), s.lockDuration());
        this.addressPolicy = new Policy(s.maxFailuresPerIp(), 0, Duration.ZERO, s.window(), s.lockDuration());
        this.clock = clock;
    }

    /** How long this attempt must wait; empty when it may go ahead. */
    public Optional<Duration> blockedFor(String username, String clientAddress) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(userKey(username), userPolicy, now), waitFor(addressKey(clientAddress), addressPolicy, now));
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    public void recordFailure(String username, String clientAddress) {
        Instant now = clock.instant();
        fail(userKey(username), userPolicy, now);
        fail(addressKey(clientAddress), addressPolicy, now);
        if (trackers.size() > PRUNE_ABOVE) {
            trackers.entrySet().removeIf(e -> e.getValue().idle(now, e.getKey().startsWith("u:") ? userPolicy : addressPolicy));
        }
    }

    /** A correct password clears the username's record; the address keeps its count until the window passes. */
    public void recordSuccess(String username) {
        String key = userKey(username);
        if (key != null) {
            trackers.remove(key);
        }
    }

    private Duration waitFor(String key, Policy policy, Instant now) {
        Tracker t = key == null ? null : trackers.get(key);
        return t == null ? Duration.ZERO : t.waitTime(now, policy);
    }

    private void fail(String key, Policy policy, Instant now) {
        if (key != null && trackers.computeIfAbsent(key, k -> new Tracker()).fail(now, policy)) {
            log.warn("Sign-in locked for {} after {} failures", LogSafe.untrusted(key), policy.maxFailures());
        }
    }

    /**
     * The username's canonical form, the same the account is stored and looked up by. A name that has
     * none cannot exist (it is refused before any look-up), so it only counts against its address.
     */
    private static String userKey(String username) {
        return Usernames.canonical(username).map(u -> "u:" + u).orElse(null);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "ip:" + address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private record Policy(int maxFailures, int slowAfter, Duration slowDelay, Duration window, Duration lockDuration) {
    }

    /** Failures of one key inside the window, and the end of its lock if locked. */
    private static final class Tracker {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        synchronized Duration waitTime(Instant now, Policy p) {
            prune(now, p);
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                return Duration.between(now, lockedUntil);
            }
            int n = failures.size();
            if (p.slowAfter() > 0 && n >= p.slowAfter()) {
                Duration delay = p.slowDelay().multipliedBy(1L << Math.min(n - p.slowAfter(), 16));
                Instant next = failures.peekLast().plus(delay);
                if (now.isBefore(next)) {
                    return Duration.between(now, next);
                }
            }
            return Duration.ZERO;
        }

        /** @return true when this failure locked the key */
        synchronized boolean fail(Instant now, Policy p) {
            prune(now, p);
            failures.addLast(now);
            if (failures.size() >= p.maxFailures()) {
                lockedUntil = now.plus(p.lockDuration());
                failures.clear();
                return true;
            }
            return false;
        }

        synchronized boolean idle(Instant now, Policy p) {
            prune(now, p);
            return failures.isEmpty() && (lockedUntil == null || !now.isBefore(lockedUntil));
        }

        private void prune(Instant now, Policy p) {
            Instant oldest = now.minus(p.window());
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
                failures.removeFirst();
            }
        }
    }
}
