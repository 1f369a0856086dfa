package com.knowpay.entitlement.ui;

import com.knowpay.shared.security.Role;
import com.knowpay.shared.ui.MenuEntry;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LearningMenu {

    @Bean
    MenuEntry learningMenuEntry() {
        return MenuEntry.forRoles("learning", "entitlement.menu.learning", VaadinIcon.OPEN_BOOK, 30, Role.LEARNER);
    }
}
