package com.knowpay.account.ui;

import com.knowpay.shared.ui.FieldErrors;
import com.knowpay.account.AccountService;
import com.knowpay.account.PasswordChange;
import com.knowpay.account.ProfileUpdate;
import com.knowpay.account.UserView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The signed-in user's account: who they are, their name and e-mail, their password. */
@Route(value = "profile", layout = MainLayout.class)
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    final Span summary = new Span();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final Button saveProfile = new Button();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button changePassword = new Button();

    public ProfileView(AccountService accounts) {
        this.accounts = accounts;
        setMaxWidth("40em");
        summary.setId("profile-summary");
        add(new H2(getTranslation("account.profile.title")), summary, profileForm(), passwordForm());
        FieldErrors.serverValidated(Map.of("displayName", displayName, "email", email, "currentPassword", currentPassword,
                "newPassword", newPassword, "confirm", confirmPassword));
        show(accounts.me());
    }

    private VerticalLayout profileForm() {
        displayName.setLabel(getTranslation("account.field.displayName"));
        displayName.setId("displayName");
        email.setLabel(getTranslation("account.field.email"));
        email.setId("email");
        saveProfile.setText(getTranslation("account.profile.save"));
        saveProfile.setId("save-profile");
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveProfile.addClickListener(e -> saveProfile());
        return new VerticalLayout(new H3(getTranslation("account.profile.details")),
                new FormLayout(displayName, email), saveProfile);
    }

    private VerticalLayout passwordForm() {
        currentPassword.setLabel(getTranslation("account.field.currentPassword"));
        currentPassword.setId("currentPassword");
        newPassword.setLabel(getTranslation("account.field.newPassword"));
        newPassword.setHelperText(getTranslation("account.rule.password"));
        newPassword.setId("newPassword");
        confirmPassword.setLabel(getTranslation("account.field.confirm"));
        confirmPassword.setId("confirmPassword");
        changePassword.setText(getTranslation("account.profile.change-password"));
        changePassword.setId("change-password");
        changePassword.addClickListener(e -> changePassword());
        return new VerticalLayout(new H3(getTranslation("account.profile.password")),
                new FormLayout(currentPassword, newPassword, confirmPassword), changePassword);
    }

    private void show(UserView user) {
        summary.setText(getTranslation("account.profile.summary", user.username(),
                getTranslation("account.role." + user.role().name()), UserTime.format(user.createdAt())));
        displayName.setValue(user.displayName());
        email.setValue(user.email() == null ? "" : user.email());
    }

    private void saveProfile() {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "email", email);
        FieldErrors.clear(fields);
        try {
            show(accounts.updateProfile(new ProfileUpdate(displayName.getValue(), email.getValue())));
            Notify.success(getTranslation("account.profile.saved"));
        } catch (FieldValidationException e) {
            FieldErrors.show("account", e, fields);
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private void changePassword() {
        Map<String, HasValidation> fields = Map.of("currentPassword", currentPassword, "newPassword", newPassword,
                "confirm", confirmPassword);
        FieldErrors.clear(fields);
        if (!newPassword.getValue().equals(confirmPassword.getValue())) {
            confirmPassword.setErrorMessage(getTranslation("account.register.mismatch"));
            confirmPassword.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(new PasswordChange(currentPassword.getValue(), newPassword.getValue()));
            currentPassword.clear();
            newPassword.clear();
            confirmPassword.clear();
            Notify.success(getTranslation("account.profile.password-changed"));
        } catch (FieldValidationException e) {
            FieldErrors.show("account", e, fields);
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.profile.title") + " · KnowPay";
    }
}
