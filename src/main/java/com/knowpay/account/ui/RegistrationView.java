package com.knowpay.account.ui;

import com.knowpay.shared.ui.FieldErrors;
import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.account.RegistrationThrottledException;
import com.knowpay.account.UserView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Self sign-up as a learner or a creator. */
@Route(value = "register", layout = MainLayout.class)
@AnonymousAllowed
public class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    final Button register = new Button();
    /** Shown while this address may not try again: stays on screen, unlike a toast. */
    final Paragraph throttled = new Paragraph();

    public RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        setMaxWidth("40em");
        configureFields();
        register.setText(getTranslation("account.register.submit"));
        register.setId("register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickShortcut(Key.ENTER);
        register.addClickListener(e -> submit());
        throttled.setId("register-throttled");
        throttled.getStyle().set("color", "var(--lumo-error-text-color)");
        throttled.setVisible(false);
        Anchor login = new Anchor("login", getTranslation("account.register.have-account"));
        add(new H2(getTranslation("account.register.title")), form(), throttled, register, login);
    }

    private void configureFields() {
        username.setLabel(getTranslation("account.field.username"));
        username.setHelperText(getTranslation("account.rule.username"));
        username.setId("username");
        username.setRequired(true);
        displayName.setLabel(getTranslation("account.field.displayName"));
        displayName.setId("displayName");
        email.setLabel(getTranslation("account.field.email"));
        email.setId("email");
        password.setLabel(getTranslation("account.field.password"));
        password.setHelperText(getTranslation("account.rule.password"));
        password.setId("password");
        confirm.setLabel(getTranslation("account.field.confirm"));
        confirm.setId("confirm");
        role.setLabel(getTranslation("account.field.role"));
        role.setItems(Role.LEARNER, Role.CREATOR);
        role.setItemLabelGenerator(r -> getTranslation("account.role." + r.name()));
        role.setValue(Role.LEARNER);
        role.setId("role");
        FieldErrors.serverValidated(fields());
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(username, displayName, email, password, confirm, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(role, 2);
        return form;
    }

    private Map<String, HasValidation> fields() {
        return Map.of("username", username, "displayName", displayName, "email", email, "password", password,
                "confirm", confirm, "role", role);
    }

    private void submit() {
        FieldErrors.clear(fields());
        throttled.setVisible(false);
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("account.register.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        UserView created;
        try {
            created = accounts.register(new RegisterCommand(username.getValue(), displayName.getValue(), email.getValue(),
                    password.getValue(), role.getValue()), clientAddress());
        } catch (RegistrationThrottledException e) {
            throttled.setText(getTranslation("account.register.throttled", e.retryAfterMinutes()));
            throttled.setVisible(true);
            return;
        } catch (FieldValidationException e) {
            FieldErrors.show("account", e, fields());
            return;
        } catch (DomainException e) {
            Notify.error(e);
            return;
        }
        Notify.success(getTranslation("account.register.done", created.username()));
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("registered", ""));
    }

    /**
     * The address the browser's session was opened from: the click may arrive over the push
     * WebSocket, where there is no servlet request to ask.
     */
    private static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getBrowser().getAddress();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.register.title") + " · KnowPay";
    }
}
