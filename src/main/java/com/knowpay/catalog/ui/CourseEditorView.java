package com.knowpay.catalog.ui;

import com.knowpay.catalog.CatalogService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** A creator makes a new course ({@code creator/courses/new}) or edits one of their own. */
@Route(value = "creator/courses/:courseId/edit", layout = MainLayout.class)
@RouteAlias(value = "creator/courses/new", layout = MainLayout.class)
@RolesAllowed("CREATOR")
public class CourseEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    final CourseForm form = new CourseForm();
    final Button save = new Button();
    private Long courseId;

    public CourseEditorView(CatalogService catalog) {
        this.catalog = catalog;
        setMaxWidth("60em");
        save.setText(getTranslation("catalog.editor.save"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    static RouteParameters params(long courseId) {
        return new RouteParameters(CourseDetailView.PARAM, Long.toString(courseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        courseId = CourseDetailView.courseId(event).orElse(null);
        if (courseId == null && event.getRouteParameters().get(CourseDetailView.PARAM).isPresent()) {
            add(CatalogNotFound.create(this));
            return;
        }
        if (courseId == null) {
            showForm("catalog.editor.new");
            return;
        }
        try {
            form.set(catalog.draftOf(courseId));
            showForm("catalog.editor.edit");
        } catch (DomainException e) {
            showRefusal(e);
        }
    }

    private void showForm(String titleKey) {
        RouterLink back = new RouterLink(getTranslation("catalog.editor.back"), MyCoursesView.class);
        add(new H2(getTranslation(titleKey)), form, new HorizontalLayout(save, back));
    }

    private void showRefusal(DomainException e) {
        if ("not-your-course".equals(e.code())) {
            Paragraph refusal = new Paragraph(Notify.messageFor(e));
            refusal.setId("not-your-course");
            add(refusal, new RouterLink(getTranslation("catalog.editor.back"), MyCoursesView.class));
        } else {
            add(CatalogNotFound.create(this));
        }
    }

    private void save() {
        form.clearErrors();
        try {
            if (courseId == null) {
                catalog.create(form.draft());
            } else {
                catalog.update(courseId, form.draft());
            }
        } catch (FieldValidationException e) {
            form.showErrors(e);
            Notify.error(Notify.messageFor(e));
            return;
        } catch (DomainException e) {
            Notify.error(e);
            return;
        }
        Notify.success(getTranslation("catalog.editor.saved", form.title.getValue().strip()));
        UI.getCurrent().navigate(MyCoursesView.class);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(courseId == null ? "catalog.editor.new" : "catalog.editor.edit") + " · KnowPay";
    }
}
