package com.knowpay.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** zh-CN / English switch; the choice sticks for the session and redraws the screen. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setId("language-switch");
        setItems(Translations.SUPPORTED);
        setItemLabelGenerator(l -> l.getLanguage().equals("zh") ? "中文" : "English");
        setValue(Translations.closest(UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.ENGLISH));
        setWidth("7em");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
