package com.knowpay.catalog.ui;

import com.knowpay.shared.ui.FieldErrors;
import com.knowpay.catalog.CourseDraft;
import com.knowpay.catalog.CourseKind;
import com.knowpay.shared.FieldValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The fields of a course; the aggregate validates, this form only shows what it says. */
class CourseForm extends FormLayout {

    final Select<CourseKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextField subtitle = new TextField();
    final TextArea description = new TextArea();
    final TextField coverUrl = new TextField();
    final TextField tags = new TextField();
    final TextField price = new TextField();
    final TextArea content = new TextArea();

    CourseForm() {
        configureFields();
        add(kind, price, title, subtitle, description, coverUrl, tags, content);
        setColspan(title, 2);
        setColspan(subtitle, 2);
        setColspan(description, 2);
        setColspan(content, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private void configureFields() {
        kind.setLabel(getTranslation("catalog.field.kind"));
        kind.setItems(CourseKind.values());
        kind.setItemLabelGenerator(k -> CatalogLabels.kind(this, k));
        kind.setValue(CourseKind.COURSE);
        title.setLabel(getTranslation("catalog.field.title"));
        title.setRequired(true);
        subtitle.setLabel(getTranslation("catalog.field.subtitle"));
        description.setLabel(getTranslation("catalog.field.description"));
        description.setMinHeight("8em");
        coverUrl.setLabel(getTranslation("catalog.field.coverUrl"));
        coverUrl.setHelperText(getTranslation("catalog.rule.coverUrl"));
        tags.setLabel(getTranslation("catalog.field.tags"));
        tags.setHelperText(getTranslation("catalog.form.tags-help"));
        price.setLabel(getTranslation("catalog.field.price"));
        price.setPrefixComponent(new Span("¥"));
        price.setPlaceholder("99.00");
        price.setRequired(true);
        content.setLabel(getTranslation("catalog.field.content"));
        content.setMinHeight("12em");
        fields().forEach((name, field) -> ((Component) field).setId("course-" + name));
        FieldErrors.serverValidated(fields());
    }

    Map<String, HasValidation> fields() {
        return Map.of("kind", kind, "title", title, "subtitle", subtitle, "description", description,
                "coverUrl", coverUrl, "tags", tags, "price", price, "content", content);
    }

    void set(CourseDraft d) {
        kind.setValue(d.kind());
        title.setValue(nullToEmpty(d.title()));
        subtitle.setValue(nullToEmpty(d.subtitle()));
        description.setValue(nullToEmpty(d.description()));
        coverUrl.setValue(nullToEmpty(d.coverUrl()));
        tags.setValue(d.tags() == null ? "" : String.join(", ", d.tags()));
        price.setValue(nullToEmpty(d.priceYuan()));
        content.setValue(nullToEmpty(d.content()));
    }

    CourseDraft draft() {
        List<String> tagList = Arrays.stream(tags.getValue().split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CourseDraft(kind.getValue(), title.getValue(), subtitle.getValue(), description.getValue(),
                coverUrl.getValue(), tagList, price.getValue(), content.getValue());
    }

    void clearErrors() {
        FieldErrors.clear(fields());
    }

    void showErrors(FieldValidationException e) {
        FieldErrors.show("catalog", e, fields());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
