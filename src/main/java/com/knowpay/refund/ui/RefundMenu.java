package com.knowpay.refund.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin console's refund queue. (Order search is the order module's.) */
@Configuration(proxyBeanMethods = false)
class RefundMenu {

    @Bean
    MenuEntry refundQueueMenuEntry() {
        return MenuEntry.forRoles("admin/refunds", "refund.menu.queue", VaadinIcon.ARROW_BACKWARD, 600, Role.ADMIN);
    }
}
