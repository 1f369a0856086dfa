package com.knowpay.catalog;

/**
 * A course page as the current visitor sees it.
 *
 * @param canOpen the visitor may read the content now (owns it, made it, or is an admin)
 */
public record CourseDetail(CourseView course, boolean canOpen) {

    /** Buy is offered only on sale and to someone who cannot open it yet. */
    public boolean canBuy() {
        return course.isPurchasable() && !canOpen;
    }
}
