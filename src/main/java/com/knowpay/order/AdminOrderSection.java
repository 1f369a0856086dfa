package com.knowpay.order;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * A part of the admin order page ({@code /admin/orders/{orderNo}}) contributed by another module:
 * refunds, journal entries. Modules that depend on order implement it as a bean; the page shows
 * every bean's components sorted by {@link #position()} among its own parts, so the order module
 * never depends on them (the same pattern as {@code shared.ui.CourseRecommendationsSlot}).
 */
public interface AdminOrderSection {

    /** The order page's own parts, to place a section between them. */
    int FACTS = 0;
    int ATTEMPTS = 200;
    int NOTIFICATIONS = 300;
    int HISTORY = 500;

    /** Where on the page: after the own part with the next lower position. */
    int position();

    /**
     * The section's components (usually a heading and a grid) for this order; empty to show nothing.
     * Called only for an admin. {@code refresh} rebuilds the whole page, e.g. after an action.
     */
    List<Component> render(OrderView order, Runnable refresh);
}
