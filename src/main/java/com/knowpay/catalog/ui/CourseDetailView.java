package com.knowpay.catalog.ui;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseDetail;
import com.knowpay.catalog.CourseStatus;
import com.knowpay.catalog.CourseView;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.ui.CourseRecommendationsSlot;
import com.knowpay.shared.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One course: what it is, what it costs, and the next step — Buy (to the order module's
 * checkout), Open (already owned), or a note that it is no longer on sale.
 */
@Route(value = "course/:courseId", layout = MainLayout.class)
@AnonymousAllowed
public class CourseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "courseId";

    private final CatalogService catalog;
    private final ObjectProvider<CourseRecommendationsSlot> recommendations;
    private String title = "";

    public CourseDetailView(CatalogService catalog, ObjectProvider<CourseRecommendationsSlot> recommendations) {
        this.catalog = catalog;
        this.recommendations = recommendations;
        setMaxWidth("60em");
    }

    static RouteParameters params(long courseId) {
        return new RouteParameters(PARAM, Long.toString(courseId));
    }

    /** The course id of a route, empty when it is missing or not a number (a typed URL). */
    static Optional<Long> courseId(BeforeEnterEvent event) {
        return event.getRouteParameters().get(PARAM).filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        courseId(event).flatMap(catalog::detail)
                .ifPresentOrElse(this::show, () -> add(CatalogNotFound.create(this)));
    }

    private void show(CourseDetail detail) {
        CourseView c = detail.course();
        title = c.title();
        H2 heading = new H2();
        heading.setText(c.title());
        heading.setId("course-title");
        add(heading);
        if (c.subtitle() != null) {
            add(text(c.subtitle(), "course-subtitle"));
        }
        if (c.coverUrl() != null) {
            Image cover = new Image(c.coverUrl(), c.title());
            cover.setMaxWidth("100%");
            cover.setId("course-cover");
            add(cover);
        }
        add(facts(c), text(c.description() == null ? "" : c.description(), "course-description"), action(detail));
        recommendations.ifAvailable(slot -> slot.forCourse(c.id()).ifPresent(this::add));
    }

    private HorizontalLayout facts(CourseView c) {
        Span price = new Span(c.price().format());
        price.setId("course-price");
        price.getStyle().set("font-weight", "bold");
        HorizontalLayout facts = new HorizontalLayout(price, text(CatalogLabels.kind(this, c.kind()), "course-kind"),
                text(getTranslation("catalog.detail.by", c.creatorName()), "course-creator"),
                text(String.join(", ", c.tags()), "course-tags"));
        facts.setWrap(true);
        return facts;
    }

    private Component action(CourseDetail detail) {
        long id = detail.course().id();
        if (detail.canOpen()) {
            Button open = new Button(getTranslation("catalog.detail.open"),
                    e -> UI.getCurrent().navigate(CourseContentView.class, params(id)));
            open.setId("open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return open;
        }
        if (detail.canBuy()) {
            Button buy = new Button(getTranslation("catalog.detail.buy", detail.course().price().format()), e -> buy(id));
            buy.setId("buy");
            buy.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            return buy;
        }
        String key = detail.course().status() == CourseStatus.UNLISTED ? "catalog.detail.unlisted" : "catalog.detail.draft";
        return text(getTranslation(key), "not-on-sale");
    }

    /** Checkout belongs to the order module: navigate by path, so catalogue does not depend on it. */
    private void buy(long id) {
        if (CurrentUser.get().isEmpty()) {
            UI.getCurrent().navigate("login", QueryParameters.of("continue", "course/" + id));
        } else {
            UI.getCurrent().navigate("checkout/" + id);
        }
    }

    private static Paragraph text(String value, String id) {
        Paragraph p = new Paragraph();
        p.setText(value);
        p.setId(id);
        p.getStyle().set("white-space", "pre-line");
        return p;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("catalog.notfound.title") : title) + " · KnowPay";
    }
}
