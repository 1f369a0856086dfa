package com.knowpay.shared.ui;

import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;
import java.util.List;

/** The shell: header with language switch and sign in/out, and a menu that shows only what the user may open. */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final List<MenuEntry> entries;
    private final AuthenticationContext authContext;
    private final SideNav nav = new SideNav();

    public MainLayout(ObjectProvider<MenuEntry> entries, AuthenticationContext authContext) {
        this.entries = entries.orderedStream().toList();
        this.authContext = authContext;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), header());
        addToDrawer(new Scroller(menu()));
    }

    private H1 title() {
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        return title;
    }

    private HorizontalLayout header() {
        HorizontalLayout right = new HorizontalLayout();
        right.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");
        right.add(new LanguageSwitch());
        CurrentUser.get().ifPresentOrElse(user -> {
            Span who = new Span(user.displayName());
            who.setId("current-user");
            Button logout = new Button(getTranslation("nav.logout"), e -> authContext.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            right.add(who, logout);
        }, () -> {
            Anchor login = new Anchor("login", getTranslation("nav.login"));
            login.setId("login-link");
            right.add(login);
        });
        return right;
    }

    private SideNav menu() {
        nav.setId("main-nav");
        KnowPayPrincipal user = CurrentUser.get().orElse(null);
        entries.stream()
                .filter(e -> e.roles().isEmpty() || (user != null && e.roles().stream().anyMatch(user::hasRole)))
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .forEach(e -> nav.addItem(new SideNavItem(getTranslation(e.labelKey()), e.path(), e.icon().create())));
        return nav;
    }

    /** Visible menu paths, for tests and for a quick look at what a role may open. */
    public List<String> visiblePaths() {
        return nav.getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UserTime.detect(attachEvent.getUI());
    }
}
