package com.knowpay.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Locale;

/** Display helpers for the dashboards: signed yuan amounts, percentages, labelled figure cards. */
final class Figures {

    private Figures() {
    }

    /** "¥1,234.50" or "−¥12.00" (a day's net can be negative after refunds of earlier sales). */
    static String yuan(long fen) {
        String abs = String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(Math.abs(fen), 2));
        return (fen < 0 ? "−¥" : "¥") + abs;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A labelled figure; the value span carries {@code id} so tests and people find it. */
    static Div card(String label, String id, String value) {
        Span caption = new Span(label);
        caption.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Span figure = new Span(value);
        figure.setId(id);
        figure.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div card = new Div(caption, figure);
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "9em");
        return card;
    }
}
