package com.knowpay.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates in the user's own time zone: the browser tells it once per session; until it has,
 * China Standard Time is the sensible guess for this product.
 */
public final class UserTime {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String ATTR = UserTime.class.getName();

    private UserTime() {
    }

    /** Ask the browser for its zone (call once when the shell attaches). */
    public static void detect(UI ui) {
        if (ui.getSession() != null && ui.getSession().getAttribute(ATTR) == null) {
            ui.getPage().retrieveExtendedClientDetails(details -> {
                try {
                    ui.getSession().setAttribute(ATTR, ZoneId.of(details.getTimeZoneId()));
                } catch (RuntimeException ignored) {
                    ui.getSession().setAttribute(ATTR, DEFAULT_ZONE);
                }
            });
        }
    }

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ATTR);
        return zone instanceof ZoneId z ? z : DEFAULT_ZONE;
    }

    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        UI ui = UI.getCurrent();
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(ui != null ? ui.getLocale() : java.util.Locale.ENGLISH)
                .withZone(zone());
        return f.format(instant);
    }
}
