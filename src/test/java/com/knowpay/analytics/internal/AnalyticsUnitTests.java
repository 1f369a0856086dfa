package com.knowpay.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.analytics.BusinessDay;
import com.knowpay.analytics.Granularity;
import com.knowpay.analytics.PeriodFigures;
import com.knowpay.analytics.SalesFigures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AnalyticsUnitTests {

    @Test
    void businessDayIsTheChinaDay() {
        assertThat(BusinessDay.of(Instant.parse("2026-03-01T15:59:59Z"))).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(BusinessDay.of(Instant.parse("2026-03-01T16:00:00Z"))).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(BusinessDay.of(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(BusinessDay.startOf(LocalDate.parse("2026-03-02"))).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
    }

    @Test
    void commissionRoundsDownAndRefundsTakeItBack() {
        assertThat(SalesDelta.ofPayment(999, 2000)).isEqualTo(new SalesDelta(0, 1, 999, 0, 0, 199, 800, 0));
        assertThat(SalesDelta.ofRefund(999, 2000)).isEqualTo(new SalesDelta(0, 0, 0, 999, 1, -199, -800, 0));
    }

    @Test
    void latencyBucketsAndMedian() {
        assertThat(PayLatencyBuckets.bucketOf(Duration.ofSeconds(0))).isEqualTo(5);
        assertThat(PayLatencyBuckets.bucketOf(Duration.ofSeconds(31))).isEqualTo(45);
        assertThat(PayLatencyBuckets.bucketOf(Duration.ofDays(3))).isEqualTo(Integer.MAX_VALUE);
        TreeMap<Integer, Long> counts = new TreeMap<>();
        assertThat(PayLatencyBuckets.median(counts)).isEmpty();
        counts.put(10, 1L);
        counts.put(60, 1L);
        counts.put(600, 1L);
        assertThat(PayLatencyBuckets.median(counts)).contains(Duration.ofSeconds(60));
        counts.put(10, 5L);
        assertThat(PayLatencyBuckets.median(counts)).contains(Duration.ofSeconds(10));
    }

    @Test
    void periodsCoverTheWholeRangeIncludingEmptyOnes() {
        SalesFigures one = new SalesFigures(1, 1, 100, 0, 0, 20, 80);
        List<PeriodFigures> days = List.of(new PeriodFigures(LocalDate.parse("2026-01-30"), one),
                new PeriodFigures(LocalDate.parse("2026-02-02"), one));
        List<PeriodFigures> months = Periods.group(days, LocalDate.parse("2026-01-15"), LocalDate.parse("2026-03-10"),
                Granularity.MONTH);
        assertThat(months).extracting(PeriodFigures::start).containsExactly(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"));
        assertThat(months.get(2).figures()).isEqualTo(SalesFigures.ZERO);
        List<PeriodFigures> weeks = Periods.group(days, LocalDate.parse("2026-01-30"), LocalDate.parse("2026-02-02"),
                Granularity.WEEK);
        // Friday 01-30 is in the week of Monday 01-26; Monday 02-02 starts the next
        assertThat(weeks).extracting(PeriodFigures::start).containsExactly(LocalDate.parse("2026-01-26"),
                LocalDate.parse("2026-02-02"));
        assertThat(Periods.total(days).grossFen()).isEqualTo(200);
    }
}
