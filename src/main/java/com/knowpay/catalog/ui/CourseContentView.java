package com.knowpay.catalog.ui;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseContent;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** Reading a course: for its owners, its creator and admins; everyone else is pointed to the course page. */
@Route(value = "learn/:courseId", layout = MainLayout.class)
@PermitAll
public class CourseContentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private String title = "";

    public CourseContentView(CatalogService catalog) {
        this.catalog = catalog;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = CourseDetailView.courseId(event);
        if (id.isEmpty()) {
            add(CatalogNotFound.create(this));
            return;
        }
        try {
            show(catalog.open(id.get()));
        } catch (DomainException e) {
            if ("not-owned".equals(e.code())) {
                add(notOwned(id.get()));
            } else {
                add(CatalogNotFound.create(this));
            }
        }
    }

    private void show(CourseContent content) {
        title = content.course().title();
        H2 heading = new H2();
        heading.setText(title);
        Div body = new Div();
        body.setText(content.content());
        body.setId("course-content");
        body.getStyle().set("white-space", "pre-line");
        add(heading, body);
    }

    private VerticalLayout notOwned(long courseId) {
        RouterLink link = new RouterLink(getTranslation("catalog.content.to-course"), CourseDetailView.class,
                CourseDetailView.params(courseId));
        link.setId("to-course");
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("catalog.content.buy-first")), link);
        box.setId("not-owned");
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("catalog.content.title") : title) + " · KnowPay";
    }
}
