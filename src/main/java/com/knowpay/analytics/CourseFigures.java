package com.knowpay.analytics;

/** Figures of one course over the chosen range. */
public record CourseFigures(long courseId, String title, SalesFigures figures) {
}
