package com.knowpay.refund.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin console's refund queue and order search. */
@Configuration(proxyBeanMethods = false)
class RefundMenu {

    @Bean
    MenuEntry refundQueueMenuEntry() {
        return MenuEntry.forRoles("admin/refunds", "refund.menu.queue", VaadinIcon.ARROW_BACKWARD, 600, Role.ADMIN);
    }

    @Bean
    MenuEntry adminOrdersMenuEntry() {
        return MenuEntry.forRoles("admin/orders", "refund.menu.orders", VaadinIcon.SEARCH, 610, Role.ADMIN);
    }
}
