package com.knowpay.shared.ui;

import com.knowpay.shared.security.Role;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;

/**
 * One item of the main navigation, contributed by the module that owns the view (as a bean),
 * so the shell never depends on feature modules. Empty {@code roles} = everyone, including
 * anonymous visitors; otherwise the user needs one of them.
 *
 * @param path   the route path, e.g. "orders"
 * @param labelKey translation key for the label
 * @param order  position in the menu, smaller first
 */
public record MenuEntry(String path, String labelKey, VaadinIcon icon, int order, Set<Role> roles) {

    public static MenuEntry forEveryone(String path, String labelKey, VaadinIcon icon, int order) {
        return new MenuEntry(path, labelKey, icon, order, Set.of());
    }

    public static MenuEntry forRoles(String path, String labelKey, VaadinIcon icon, int order, Role... roles) {
        return new MenuEntry(path, labelKey, icon, order, Set.of(roles));
    }
}
