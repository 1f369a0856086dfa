package com.knowpay.shared.ui;

import com.knowpay.shared.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Consistent toasts; a refusal from a service shows its translated message, never a stack trace. */
public final class Notify {

    private Notify() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    /** The translated text for a refusal: key "error.<code>" if present, else the exception's own message. */
    public static String messageFor(DomainException e) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            String t = ui.getTranslation("error." + e.code());
            if (!t.startsWith("!")) {
                return t;
            }
        }
        return e.getMessage();
    }

    public static Notification error(DomainException e) {
        return error(messageFor(e));
    }
}
