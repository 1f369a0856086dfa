package com.knowpay.catalog.ui;

import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseStatus;
import com.vaadin.flow.component.Component;

/** Translated names of catalogue enums. */
final class CatalogLabels {

    private CatalogLabels() {
    }

    static String kind(Component c, CourseKind kind) {
        return c.getTranslation("catalog.kind." + kind.name());
    }

    static String status(Component c, CourseStatus status) {
        return c.getTranslation("catalog.status." + status.name());
    }
}
