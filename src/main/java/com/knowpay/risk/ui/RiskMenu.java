package com.knowpay.risk.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The risk screens in the admin menu. */
@Configuration(proxyBeanMethods = false)
class RiskMenu {

    @Bean
    MenuEntry riskReviewsMenuEntry() {
        return MenuEntry.forRoles("admin/risk/reviews", "risk.menu.reviews", VaadinIcon.EYE, 700, Role.ADMIN);
    }

    @Bean
    MenuEntry riskDecisionsMenuEntry() {
        return MenuEntry.forRoles("admin/risk/decisions", "risk.menu.decisions", VaadinIcon.LIST, 710, Role.ADMIN);
    }

    @Bean
    MenuEntry riskBlocklistMenuEntry() {
        return MenuEntry.forRoles("admin/risk/blocklist", "risk.menu.blocklist", VaadinIcon.BAN, 720, Role.ADMIN);
    }

    @Bean
    MenuEntry riskRulesMenuEntry() {
        return MenuEntry.forRoles("admin/risk/rules", "risk.menu.rules", VaadinIcon.SLIDERS, 730, Role.ADMIN);
    }
}
