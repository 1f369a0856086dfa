package com.knowpay.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptServiceTests {

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    /** 5 per user, 8 per address, 15-minute window and lock, slowed from the 3rd failure by 1 s, 2 s. */
    private final LoginAttemptService attempts = new LoginAttemptService(new SecurityProperties(
            new SecurityProperties.Login(5, 8, Duration.ofMinutes(15), Duration.ofMinutes(15), 3, Duration.ofSeconds(1)),
            new SecurityProperties.Token(Duration.ofDays(30)), new SecurityProperties.Registration(10, Duration.ofHours(1))),
            clock);

    private void fail(String user, String ip, int times) {
        for (int i = 0; i < times; i++) {
            attempts.recordFailure(user, ip);
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void firstFailuresAreNotSlowed() {
        attempts.recordFailure("alice", "10.0.0.1");
        attempts.recordFailure("alice", "10.0.0.1");
        assertThat(attempts.blockedFor("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void slowsDownFromTheThirdFailureWithADoublingDelay() {
        attempts.recordFailure("alice", "10.0.0.1");
        attempts.recordFailure("alice", "10.0.0.1");
        attempts.recordFailure("alice", "10.0.0.1");
        assertThat(attempts.blockedFor("alice", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.blockedFor("alice", "10.0.0.1")).isEmpty();
        attempts.recordFailure("alice", "10.0.0.1");
        assertThat(attempts.blockedFor("alice", "10.0.0.1")).contains(Duration.ofSeconds(2));
    }

    @Test
    void locksAUsernameAfterTheThresholdWhateverTheAddress() {
        fail("Bob", "10.0.0.1", 2);
        fail("bob", "10.0.0.2", 2);
        attempts.recordFailure("BOB ", "10.0.0.3");
        assertThat(attempts.blockedFor("bob", "10.9.9.9")).hasValueSatisfying(wait ->
                assertThat(wait).isEqualTo(Duration.ofMinutes(15)));
        assertThat(attempts.blockedFor("carol", "10.0.0.1")).as("other users are not affected").isEmpty();
    }

    @Test
    void unlocksWhenTheLockTimeHasPassed() {
        fail("dave", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(14));
        assertThat(attempts.blockedFor("dave", "10.0.0.1")).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(attempts.blockedFor("dave", "10.0.0.1")).isEmpty();
        attempts.recordFailure("dave", "10.0.0.1");
        assertThat(attempts.blockedFor("dave", "10.0.0.1")).as("a fresh start after the lock").isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail("erin", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(16));
        fail("erin", "10.0.0.1", 2);
        assertThat(attempts.blockedFor("erin", "10.0.0.1")).isEmpty();
    }

    @Test
    void locksAnAddressGuessingManyUsernames() {
        for (int i = 0; i < 8; i++) {
            attempts.recordFailure("user" + i, "203.0.113.7");
        }
        assertThat(attempts.blockedFor("someone-else", "203.0.113.7")).contains(Duration.ofMinutes(15));
        assertThat(attempts.blockedFor("someone-else", "203.0.113.8")).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(attempts.blockedFor("someone-else", "203.0.113.7")).isEmpty();
    }

    @Test
    void successClearsTheUsernameButNotTheAddress() {
        fail("frank", "198.51.100.1", 4);
        attempts.recordSuccess("frank");
        assertThat(attempts.blockedFor("frank", "198.51.100.2")).isEmpty();
        for (int i = 0; i < 4; i++) {
            attempts.recordFailure("x" + i, "198.51.100.1");
        }
        assertThat(attempts.blockedFor("frank", "198.51.100.1")).as("8 failures from that address").isPresent();
    }

    @Test
    void retryAfterRoundsUp() {
        assertThat(LoginThrottledException.seconds(Duration.ofMillis(1500))).isEqualTo(2);
        assertThat(LoginThrottledException.seconds(Duration.ofSeconds(900))).isEqualTo(900);
        assertThat(LoginThrottledException.seconds(Duration.ofMillis(1))).isEqualTo(1);
    }
}
