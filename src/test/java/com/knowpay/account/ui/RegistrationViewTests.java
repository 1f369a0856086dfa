package com.knowpay.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.knowpay.account.AccountService;
import com.knowpay.shared.security.Role;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.RunAs;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationViewTests extends KaribuTest {

    @Autowired
    AccountService accounts;

    RegistrationView view;

    @BeforeEach
    void openView() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(RegistrationView.class);
        view = _get(RegistrationView.class);
    }

    private void fill(String username, String password, String confirm) {
        _setValue(view.username, username);
        _setValue(view.displayName, "Tester " + username);
        _setValue(view.password, password);
        _setValue(view.confirm, confirm);
    }

    @Test
    void registersACreatorAndSendsThemToSignIn() {
        String username = "ui" + RunAs.unique();
        fill(username, "Create2026ok", "Create2026ok");
        _setValue(view.email, username + "@example.com");
        _setValue(view.role, Role.CREATOR);
        _click(view.register);

        NavigatorKt.expectView(LoginView.class);
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anyMatch(t -> t != null && t.contains(username));
        assertThat(accounts.findByUsername(username)).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(Role.CREATOR);
            assertThat(u.email()).isEqualTo(username + "@example.com");
        });
    }

    @Test
    void duplicateUsernameIsShownAtTheField() {
        fill("learner", "Create2026ok", "Create2026ok");
        _click(view.register);

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).isEqualTo("This username is taken; please choose another.");
        NavigatorKt.expectView(RegistrationView.class);
    }

    @Test
    void weakPasswordIsShownAtTheField() {
        String username = "ui" + RunAs.unique();
        fill(username, "abcdefghij", "abcdefghij");
        _click(view.register);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Password: use both letters and digits.");
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void mismatchedConfirmationIsCaughtBeforeTheService() {
        String username = "ui" + RunAs.unique();
        fill(username, "Create2026ok", "Create2026no");
        _click(view.register);

        assertThat(view.confirm.isInvalid()).isTrue();
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void chineseScreenShowsTheTranslatedRule() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(RegistrationView.class);
        view = _get(RegistrationView.class);
        fill("ui" + RunAs.unique(), "short1", "short1");
        _click(view.register);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).startsWith("至少 8 位");
    }
}
