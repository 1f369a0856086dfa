package com.knowpay.ledger.ui;

import com.knowpay.ledger.StatementLine;
import com.knowpay.shared.Money;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Small display helpers shared by the ledger views. */
final class Amounts {

    private Amounts() {
    }

    static String signed(StatementLine line) {
        return (line.credit() ? "+" : "−") + line.amount().format();
    }

    /** A labelled figure; the value span carries {@code id} so tests and people find it. */
    static Div card(String label, String id, Money value) {
        Span caption = new Span(label);
        caption.addClassName("ledger-card-label");
        caption.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Span figure = new Span(value.format());
        figure.setId(id);
        figure.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div card = new Div(caption, figure);
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "10em");
        return card;
    }
}
