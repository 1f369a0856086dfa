package com.knowpay.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.Role;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.RunAs;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;

class ProfileViewTests extends KaribuTest {

    private static final String PASSWORD = "Profile2026ok";

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    String username;
    ProfileView view;

    @BeforeEach
    void signInAsAFreshUser() {
        username = "pf" + RunAs.unique();
        accounts.register(new RegisterCommand(username, "Before Name", null, PASSWORD, Role.LEARNER));
        login(username);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ProfileView.class);
        view = _get(ProfileView.class);
    }

    private String storedHash() {
        return userDetails.loadUserByUsername(username).getPassword();
    }

    @Test
    void showsWhoIsSignedIn() {
        assertThat(view.summary.getText()).contains(username).contains("Learner");
        assertThat(view.displayName.getValue()).isEqualTo("Before Name");
    }

    @Test
    void changesTheDisplayNameAndEmail() {
        _setValue(view.displayName, "After Name");
        _setValue(view.email, username + "@example.com");
        _click(view.saveProfile);

        assertThat(accounts.findByUsername(username)).hasValueSatisfying(u -> {
            assertThat(u.displayName()).isEqualTo("After Name");
            assertThat(u.email()).isEqualTo(username + "@example.com");
        });
        assertThat(CurrentUser.require().displayName()).as("the session sees the new name").isEqualTo("After Name");
    }

    @Test
    void badEmailIsShownAtTheField() {
        _setValue(view.email, "nope");
        _click(view.saveProfile);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(accounts.findByUsername(username).orElseThrow().email()).isNull();
    }

    @Test
    void wrongCurrentPasswordIsRefused() {
        _setValue(view.currentPassword, "NotMine2026");
        _setValue(view.newPassword, "Another2026ok");
        _setValue(view.confirmPassword, "Another2026ok");
        _click(view.changePassword);

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("The current password is not right.");
        assertThat(passwordEncoder.matches(PASSWORD, storedHash())).as("password unchanged").isTrue();
    }

    @Test
    void weakNewPasswordIsRefused() {
        _setValue(view.currentPassword, PASSWORD);
        _setValue(view.newPassword, "12345678");
        _setValue(view.confirmPassword, "12345678");
        _click(view.changePassword);

        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(passwordEncoder.matches(PASSWORD, storedHash())).isTrue();
    }

    @Test
    void changesThePasswordWithTheRightCurrentOne() {
        _setValue(view.currentPassword, PASSWORD);
        _setValue(view.newPassword, "Another2026ok");
        _setValue(view.confirmPassword, "Another2026ok");
        _click(view.changePassword);

        assertThat(view.currentPassword.isInvalid()).isFalse();
        assertThat(view.currentPassword.getValue()).isEmpty();
        assertThat(passwordEncoder.matches("Another2026ok", storedHash())).isTrue();
    }
}
