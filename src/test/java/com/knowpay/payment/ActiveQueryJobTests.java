package com.knowpay.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.Pageable;

/** The active query asks only about attempts older than {@code knowpay.payment.active-query.min-age}. */
class ActiveQueryJobTests {

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    Instant askedBefore(Duration minAge) {
        PaymentAttemptRepository attempts = mock(PaymentAttemptRepository.class);
        when(attempts.findOpenCreatedBefore(any(), anyLong(), any())).thenReturn(List.of());
        new ActiveQueryJob(attempts, null, null, Clock.fixed(NOW, ZoneOffset.UTC), minAge).run();
        ArgumentCaptor<Instant> before = ArgumentCaptor.forClass(Instant.class);
        verify(attempts).findOpenCreatedBefore(before.capture(), anyLong(), any(Pageable.class));
        return before.getValue();
    }

    @Test
    void asksAboutAttemptsOlderThanTheConfiguredAge() {
        assertThat(askedBefore(ActiveQueryJob.MIN_AGE)).isEqualTo(NOW.minusSeconds(60));
        assertThat(askedBefore(Duration.ofHours(1))).isEqualTo(NOW.minus(Duration.ofHours(1)));
    }

    @Test
    void aZeroOrNegativeAgeIsRefusedAtStartUp() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThatThrownBy(() -> new ActiveQueryJob(null, null, null, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min-age");
        assertThatThrownBy(() -> new ActiveQueryJob(null, null, null, clock, Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
