package com.knowpay.order.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The learner's orders and the admin console's order search. */
@Configuration(proxyBeanMethods = false)
class OrderMenu {

    @Bean
    MenuEntry ordersMenuEntry() {
        return MenuEntry.forRoles("orders", "order.menu.orders", VaadinIcon.RECORDS, 40, Role.LEARNER);
    }

    @Bean
    MenuEntry adminOrdersMenuEntry() {
        return MenuEntry.forRoles("admin/orders", "order.menu.admin-orders", VaadinIcon.SEARCH, 610, Role.ADMIN);
    }
}
