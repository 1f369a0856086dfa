package com.knowpay.analytics.internal;

import com.knowpay.analytics.Granularity;
import com.knowpay.analytics.PeriodFigures;
import com.knowpay.analytics.SalesFigures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups daily figures into days, ISO weeks or months over the whole range, empty periods included. */
public final class Periods {

    private Periods() {
    }

    public static LocalDate startOf(LocalDate day, Granularity g) {
        return switch (g) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public static List<PeriodFigures> group(List<PeriodFigures> days, LocalDate from, LocalDate to, Granularity g) {
        Map<LocalDate, SalesFigures> periods = new LinkedHashMap<>();
        for (LocalDate p = startOf(from, g); !p.isAfter(to); p = next(p, g)) {
            periods.put(p, SalesFigures.ZERO);
        }
        for (PeriodFigures d : days) {
            periods.merge(startOf(d.start(), g), d.figures(), SalesFigures::plus);
        }
        List<PeriodFigures> out = new ArrayList<>(periods.size());
        periods.forEach((start, f) -> out.add(new PeriodFigures(start, f)));
        return out;
    }

    public static SalesFigures total(List<PeriodFigures> days) {
        return days.stream().map(PeriodFigures::figures).reduce(SalesFigures.ZERO, SalesFigures::plus);
    }

    private static LocalDate next(LocalDate p, Granularity g) {
        return switch (g) {
            case DAY -> p.plusDays(1);
            case WEEK -> p.plusWeeks(1);
            case MONTH -> p.plusMonths(1);
        };
    }
}
