package com.knowpay.ledger.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerMenu {

    @Bean
    MenuEntry earningsMenuEntry() {
        return MenuEntry.forRoles("creator/earnings", "ledger.menu.earnings", VaadinIcon.WALLET, 400, Role.CREATOR);
    }

    @Bean
    MenuEntry payoutsMenuEntry() {
        return MenuEntry.forRoles("admin/payouts", "ledger.menu.payouts", VaadinIcon.MONEY_EXCHANGE, 860, Role.ADMIN);
    }

    @Bean
    MenuEntry ledgerMenuEntry() {
        return MenuEntry.forRoles("admin/ledger", "ledger.menu.ledger", VaadinIcon.SCALE, 870, Role.ADMIN);
    }
}
