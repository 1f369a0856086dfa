package com.knowpay.entitlement.ui;

import com.knowpay.entitlement.EntitlementService;
import com.knowpay.entitlement.LibraryItem;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The learner's library: every course they may open, newest first. */
@Route(value = "learning", layout = MainLayout.class)
@RolesAllowed("LEARNER")
public class MyLearningView extends VerticalLayout implements HasDynamicTitle {

    public MyLearningView(EntitlementService entitlements) {
        add(new H2(getTranslation("entitlement.learning.title")));
        List<LibraryItem> library = entitlements.myLibrary();
        if (library.isEmpty()) {
            Span empty = new Span(getTranslation("entitlement.learning.empty"));
            empty.setId("library-empty");
            add(empty);
        }
        Div list = new Div();
        list.setId("library");
        library.forEach(item -> list.add(card(item)));
        add(list);
    }

    private Div card(LibraryItem item) {
        Anchor open = new Anchor("learn/" + item.courseId(), item.courseTitle());
        open.setId("learn-" + item.courseId());
        Span since = new Span(getTranslation("entitlement.learning.since", UserTime.format(item.grantedAt())));
        since.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-left", "var(--lumo-space-m)");
        Div card = new Div(open, since);
        card.addClassName("kp-library-item");
        card.getStyle().set("padding", "var(--lumo-space-s) 0");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("entitlement.learning.title") + " · KnowPay";
    }
}
