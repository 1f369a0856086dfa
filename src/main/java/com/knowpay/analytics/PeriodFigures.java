package com.knowpay.analytics;

import java.time.LocalDate;

/** Figures of one period (a day, the Monday of a week or the first of a month). */
public record PeriodFigures(LocalDate start, SalesFigures figures) {
}
