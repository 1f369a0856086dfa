package com.knowpay.analytics.ui;

import com.knowpay.analytics.Recommendation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** "Learners who bought this also bought": small cards linking to the course pages. Titles are text, never HTML. */
class RecommendationsPanel extends VerticalLayout {

    RecommendationsPanel(List<Recommendation> recommendations) {
        setId("analytics-recommendations");
        setPadding(false);
        boolean alsoBought = recommendations.stream().anyMatch(r -> r.reason() == Recommendation.Reason.ALSO_BOUGHT);
        add(new H3(getTranslation(alsoBought ? "analytics.recs.also-bought" : "analytics.recs.popular")));
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        for (Recommendation r : recommendations) {
            cards.add(card(r));
        }
        add(cards);
    }

    private Div card(Recommendation r) {
        Anchor title = new Anchor("course/" + r.courseId(), r.title());
        title.addClassName("analytics-rec-title");
        title.getElement().setAttribute("data-course-id", String.valueOf(r.courseId()));
        Span by = new Span(r.creatorName());
        by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span price = new Span(r.price().format());
        Div card = new Div(title, new Div(by), new Div(price));
        card.addClassName("analytics-rec");
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "14em")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-contrast-5pct)");
        return card;
    }
}
