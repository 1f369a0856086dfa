package com.knowpay.catalog.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue's menu items. */
@Configuration(proxyBeanMethods = false)
class CatalogMenu {

    @Bean
    MenuEntry storefrontMenuEntry() {
        return MenuEntry.forEveryone("", "catalog.nav.storefront", VaadinIcon.SHOP, 0);
    }

    @Bean
    MenuEntry myCoursesMenuEntry() {
        return MenuEntry.forRoles("creator/courses", "catalog.nav.mine", VaadinIcon.BOOK, 300, Role.CREATOR);
    }
}
