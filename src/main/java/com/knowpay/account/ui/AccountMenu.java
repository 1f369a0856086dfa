package com.knowpay.account.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account module's menu items. */
@Configuration(proxyBeanMethods = false)
class AccountMenu {

    @Bean
    MenuEntry profileMenuEntry() {
        return MenuEntry.forRoles("profile", "account.nav.profile", VaadinIcon.USER, 900,
                Role.LEARNER, Role.CREATOR, Role.ADMIN);
    }
}
