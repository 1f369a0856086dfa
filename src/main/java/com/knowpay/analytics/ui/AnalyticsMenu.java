package com.knowpay.analytics.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AnalyticsMenu {

    @Bean
    MenuEntry salesDashboardMenuEntry() {
        return MenuEntry.forRoles("creator/dashboard", "analytics.menu.dashboard", VaadinIcon.CHART, 390, Role.CREATOR);
    }

    @Bean
    MenuEntry platformOverviewMenuEntry() {
        return MenuEntry.forRoles("admin/overview", "analytics.menu.overview", VaadinIcon.DASHBOARD, 800, Role.ADMIN);
    }
}
