package com.knowpay.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.shared.ui.LanguageSwitch;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Translations;
import com.knowpay.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shell around the catalogue: role-appropriate menu and the language switch. */
class ShellTests extends KaribuTest {

    /** The shell is built once per page load, as after a real sign-in; leave and come back to rebuild it. */
    private List<String> menuAs(String username) {
        if (username != null) {
            login(username);
        }
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate(StorefrontView.class);
        return _get(MainLayout.class).visiblePaths();
    }

    @Test
    void visitorsSeeTheStorefrontOnly() {
        assertThat(menuAs(null)).contains("").doesNotContain("creator/courses", "profile");
    }

    @Test
    void learnersSeeTheirProfileButNotTheCreatorMenu() {
        assertThat(menuAs("learner")).contains("", "profile").doesNotContain("creator/courses");
    }

    @Test
    void creatorsSeeTheirCourses() {
        assertThat(menuAs("creator")).contains("", "creator/courses", "profile");
    }

    @Test
    void adminsSeeTheStorefrontAndProfile() {
        assertThat(menuAs("admin")).contains("", "profile").doesNotContain("creator/courses");
    }

    @Test
    void languageChoiceIsKeptInTheSession() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        menuAs("learner");
        assertThat(_get(H2.class).getText()).isEqualTo("Discover courses, lectures and e-books");

        UI before = UI.getCurrent();
        _setValue(_get(LanguageSwitch.class), Translations.ZH, true);

        assertThat(UI.getCurrent()).as("the page was reloaded").isNotSameAs(before);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Translations.ZH);
        // Vaadin's BootstrapHandler gives each new UI the session's locale; Karibu's mock bootstrap does not.
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate(StorefrontView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("发现课程、讲座与电子书");
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(Translations.ZH);
    }
}
