package com.knowpay.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseDraft;
import com.knowpay.catalog.CourseKind;
import com.knowpay.catalog.CourseStatus;
import com.knowpay.catalog.CourseView;
import com.knowpay.shared.DomainException;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.RunAs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** A creator makes, fixes, publishes and unlists a course; another creator cannot touch it. */
class CreatorCoursesViewTests extends KaribuTest {

    @Autowired
    CatalogService catalog;

    String title;

    @BeforeEach
    void signInAsCreator() {
        title = "Made " + RunAs.unique();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        login("creator");
    }

    private CourseEditorView newCourse() {
        UI.getCurrent().navigate("creator/courses/new");
        return _get(CourseEditorView.class);
    }

    private void fill(CourseForm form, String courseTitle, String price) {
        _setValue(form.kind, CourseKind.LECTURE_SERIES);
        _setValue(form.title, courseTitle);
        _setValue(form.subtitle, "Five talks");
        _setValue(form.description, "What you will learn.");
        _setValue(form.tags, "talks, Testing");
        _setValue(form.price, price);
        _setValue(form.content, "Talk 1\nTalk 2");
    }

    private CourseView mine() {
        return catalog.myCourses().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    private Button rowButton(MyCoursesView view, String id) {
        List<CourseView> rows = GridKt._fetch(view.grid, 0, 500);
        int row = rows.indexOf(rows.stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow());
        Component actions = GridKt._getCellComponent(view.grid, row, "actions");
        return _get(actions, Button.class, s -> s.withId(id));
    }

    @Test
    void validationErrorsAreShownNextToTheFields() {
        CourseEditorView editor = newCourse();
        fill(editor.form, "", "-1");
        _click(editor.save);
        assertThat(editor.form.title.isInvalid()).isTrue();
        assertThat(editor.form.title.getErrorMessage()).isEqualTo("Title is required.");
        assertThat(editor.form.price.isInvalid()).isTrue();
        assertThat(editor.form.price.getErrorMessage()).isEqualTo("Price: between ¥0.01 and ¥50,000.00.");

        fill(editor.form, "x".repeat(121), "999999");
        _click(editor.save);
        assertThat(editor.form.title.getErrorMessage()).isEqualTo("Title: at most 120 characters.");
        assertThat(editor.form.price.getErrorMessage()).isEqualTo("Price: between ¥0.01 and ¥50,000.00.");
        assertThat(editor.form.kind.isInvalid()).isFalse();
        NavigatorKt.expectView(CourseEditorView.class);
        assertThat(catalog.myCourses()).noneMatch(c -> c.title().startsWith("xxxxxxxx"));

        fill(editor.form, "Fine title", "12.345");
        _click(editor.save);
        assertThat(editor.form.price.getErrorMessage()).isEqualTo("Price: a yuan amount with at most 2 decimals, e.g. 99.00.");
        assertThat(editor.form.title.isInvalid()).isFalse();

        fill(editor.form, title, "49.90");
        _click(editor.save);
        assertThat(editor.form.title.isInvalid()).as("errors cleared on a good save").isFalse();
        NavigatorKt.expectView(MyCoursesView.class);
        CourseView saved = mine();
        assertThat(saved.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(saved.price().toYuanString()).isEqualTo("49.90");
        assertThat(saved.tags()).containsExactly("talks", "testing");
    }

    @Test
    void publishesAndUnlistsFromTheList() {
        CourseEditorView editor = newCourse();
        fill(editor.form, title, "19.00");
        _click(editor.save);
        long id = mine().id();

        MyCoursesView list = _get(MyCoursesView.class);
        assertThat(GridKt._getFormattedRow(list.grid, GridKt._fetch(list.grid, 0, 500).indexOf(mine()))).contains("Draft");
        _click(rowButton(list, "publish-" + id));
        assertThat(mine().status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(mine().publishedAt()).isNotNull();

        _click(rowButton(list, "unlist-" + id));
        assertThat(mine().status()).isEqualTo(CourseStatus.UNLISTED);
        _click(rowButton(list, "publish-" + id));
        assertThat(mine().status()).as("an unlisted course can go back on sale").isEqualTo(CourseStatus.PUBLISHED);
    }

    @Test
    void editsAnExistingCourse() {
        long id = catalog.create(new CourseDraft(CourseKind.EBOOK, title, null, null, null, List.of(), "5.00", null)).id();
        UI.getCurrent().navigate("creator/courses/" + id + "/edit");
        CourseEditorView editor = _get(CourseEditorView.class);
        assertThat(editor.form.title.getValue()).isEqualTo(title);
        assertThat(editor.form.price.getValue()).isEqualTo("5.00");
        _setValue(editor.form.price, "6.50");
        _click(editor.save);
        assertThat(mine().price().toYuanString()).isEqualTo("6.50");
    }

    @Test
    void anotherCreatorCannotEditIt() {
        long id = catalog.create(new CourseDraft(CourseKind.EBOOK, title, null, null, null, List.of(), "5.00", null)).id();
        logout();
        login("creator2");
        UI.getCurrent().navigate("creator/courses/" + id + "/edit");
        assertThat(_get(Paragraph.class, s -> s.withId("not-your-course")).getText())
                .isEqualTo("This is not your course, so you cannot change it.");
        _assertNone(Button.class, s -> s.withId("save"));

        assertThatThrownBy(() -> catalog.update(id, new CourseDraft(CourseKind.EBOOK, "Hijacked", null, null, null,
                List.of(), "1.00", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("not-your-course"));
        assertThatThrownBy(() -> catalog.publish(id)).isInstanceOf(DomainException.class);
        logout();
        login("creator");
        assertThat(mine().title()).isEqualTo(title);
        assertThat(mine().status()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void learnersCannotUseTheCreatorService() {
        logout();
        login("learner");
        assertThatThrownBy(() -> catalog.myCourses()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
