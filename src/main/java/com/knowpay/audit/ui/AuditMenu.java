package com.knowpay.audit.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditMenu {

    @Bean
    MenuEntry auditMenuEntry() {
        return MenuEntry.forRoles("admin/audit", "audit.menu", VaadinIcon.CLIPBOARD_TEXT, 900, Role.ADMIN);
    }
}
