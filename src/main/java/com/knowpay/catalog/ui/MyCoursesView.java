package com.knowpay.catalog.ui;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseStatus;
import com.knowpay.catalog.CourseView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.LongFunction;

/** A creator's own catalogue: every course with its status, and the moves each status allows. */
@Route(value = "creator/courses", layout = MainLayout.class)
@RolesAllowed("CREATOR")
public class MyCoursesView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogService catalog;
    final Grid<CourseView> grid = new Grid<>(CourseView.class, false);

    public MyCoursesView(CatalogService catalog) {
        this.catalog = catalog;
        setSizeFull();
        configureGrid();
        Button create = new Button(getTranslation("catalog.mine.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("creator/courses/new"));
        create.setId("new-course");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("catalog.mine.title")), create, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("my-courses");
        grid.addColumn(CourseView::title).setKey("title").setHeader(getTranslation("catalog.field.title")).setFlexGrow(3);
        grid.addColumn(c -> CatalogLabels.kind(this, c.kind())).setKey("kind").setHeader(getTranslation("catalog.field.kind"));
        grid.addColumn(c -> CatalogLabels.status(this, c.status())).setKey("status").setHeader(getTranslation("catalog.field.status"));
        grid.addColumn(c -> c.price().format()).setKey("price").setHeader(getTranslation("catalog.field.price"));
        grid.addColumn(c -> UserTime.format(c.publishedAt())).setKey("published").setHeader(getTranslation("catalog.field.publishedAt"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("catalog.mine.actions")).setFlexGrow(2);
    }

    private HorizontalLayout actions(CourseView c) {
        Button edit = new Button(getTranslation("catalog.mine.edit"),
                e -> UI.getCurrent().navigate(CourseEditorView.class, CourseEditorView.params(c.id())));
        edit.setId("edit-" + c.id());
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (c.status() != CourseStatus.PUBLISHED) {
            actions.add(move("publish", c.id(), catalog::publish));
        } else {
            actions.add(move("unlist", c.id(), catalog::unlist));
        }
        for (Button b : actions.getChildren().map(Button.class::cast).toList()) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return actions;
    }

    private Button move(String name, long id, LongFunction<CourseView> action) {
        Button b = new Button(getTranslation("catalog.mine." + name), e -> {
            try {
                CourseView after = action.apply(id);
                Notify.success(getTranslation("catalog.mine." + name + ".done", after.title()));
            } catch (DomainException ex) {
                Notify.error(ex);
            }
            refresh();
        });
        b.setId(name + "-" + id);
        return b;
    }

    private void refresh() {
        grid.setItems(catalog.myCourses());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.mine.title") + " · KnowPay";
    }
}
