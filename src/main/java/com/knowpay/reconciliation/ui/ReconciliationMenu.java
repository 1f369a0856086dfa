package com.knowpay.reconciliation.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reconciliation screens in the admin menu. */
@Configuration(proxyBeanMethods = false)
class ReconciliationMenu {

    @Bean
    MenuEntry reconciliationRunsMenuEntry() {
        return MenuEntry.forRoles("admin/reconciliation", "reconciliation.menu.runs", VaadinIcon.SCALE, 800, Role.ADMIN);
    }

    @Bean
    MenuEntry reconciliationMismatchesMenuEntry() {
        return MenuEntry.forRoles("admin/reconciliation/mismatches", "reconciliation.menu.mismatches",
                VaadinIcon.EXCLAMATION_CIRCLE_O, 810, Role.ADMIN);
    }
}
