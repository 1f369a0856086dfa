package com.knowpay.account.ui;

import com.knowpay.account.security.LandingPages;
import com.knowpay.shared.ui.LanguageSwitch;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sign-in. Query parameters: {@code error} (wrong password), {@code locked=<seconds>} (too
 * many failures), {@code registered} (account just made), {@code continue=<view path>}.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private LoginI18n i18n;

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        configureForm();
        notice.setId("login-notice");
        notice.setVisible(false);
        add(toolbar(), notice, login, links());
    }

    private void configureForm() {
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
    }

    private HorizontalLayout toolbar() {
        Anchor home = new Anchor("", getTranslation("account.login.storefront"));
        home.setId("storefront-link");
        HorizontalLayout bar = new HorizontalLayout(home, new LanguageSwitch());
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private Anchor links() {
        Anchor register = new Anchor("register", getTranslation("login.register"));
        register.setId("register-link");
        return register;
    }

    LoginForm form() {
        return login;
    }

    /** The error text the form shows when {@link LoginForm#isError()}. */
    String errorMessage() {
        return i18n.getErrorMessage().getMessage();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Vaadin reuses this instance when only the query changes: start from a clean form each time.
        configureForm();
        login.setError(false);
        notice.setVisible(false);
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter(LandingPages.CONTINUE).flatMap(LandingPages::continueTarget).ifPresent(target ->
                login.setAction("login?" + LandingPages.CONTINUE + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8)));
        if (query.getParameters().containsKey("locked")) {
            showLocked(query.getSingleParameter("locked").map(LoginView::seconds).orElse(60L));
        } else if (query.getParameters().containsKey("error")) {
            login.setError(true);
        }
        if (query.getParameters().containsKey("registered")) {
            notice.setText(getTranslation("account.login.registered"));
            notice.setVisible(true);
        }
    }

    private void showLocked(long seconds) {
        i18n.getErrorMessage().setTitle(getTranslation("account.login.locked.title"));
        i18n.getErrorMessage().setMessage(seconds < 60
                ? getTranslation("account.login.locked.seconds", seconds)
                : getTranslation("account.login.locked.minutes", (seconds + 59) / 60));
        login.setI18n(i18n);
        login.setError(true);
    }

    private static long seconds(String value) {
        try {
            return Math.max(1, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · KnowPay";
    }
}
