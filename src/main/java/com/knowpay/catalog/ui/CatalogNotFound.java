package com.knowpay.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The friendly "no such course" block shared by the catalogue's views. */
final class CatalogNotFound {

    private CatalogNotFound() {
    }

    static VerticalLayout create(Component owner) {
        VerticalLayout box = new VerticalLayout(new H2(owner.getTranslation("catalog.notfound.title")),
                new Paragraph(owner.getTranslation("catalog.notfound.text")),
                new Anchor("", owner.getTranslation("catalog.notfound.back")));
        box.setId("course-not-found");
        box.setPadding(false);
        return box;
    }
}
