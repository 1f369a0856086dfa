package com.knowpay.analytics;

import java.util.List;

/** A creator's own sales over a range: totals, per period (oldest first) and per course (best-selling first). */
public record CreatorDashboard(long creatorId, DashboardQuery query, SalesFigures totals, List<PeriodFigures> periods,
                               List<CourseFigures> courses) {

    public CreatorDashboard {
        periods = List.copyOf(periods);
        courses = List.copyOf(courses);
    }

    /** The best-selling courses by gross. */
    public List<CourseFigures> topCourses(int n) {
        return courses.subList(0, Math.min(n, courses.size()));
    }
}
