package com.knowpay.shared.ui;

import com.knowpay.shared.FieldValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;

/**
 * Shows a service's field errors next to the fields. The service speaks English; a Chinese
 * screen shows the translated rule of that field ({@code <module>.rule.<field>}) instead.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** The service is the judge: the fields' own checks must not overwrite what it said. */
    public static void serverValidated(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setManualValidation(true));
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** @param module whose bundle holds the translated rules, e.g. "catalog" → catalog.rule.title */
    public static void show(String module, FieldValidationException e, Map<String, ? extends HasValidation> fields) {
        e.fieldErrors().forEach((field, message) -> {
            HasValidation target = fields.get(field);
            if (target == null) {
                Notify.error(localized(module, field, message));
            } else {
                target.setErrorMessage(localized(module, field, message));
                target.setInvalid(true);
            }
        });
    }

    private static String localized(String module, String field, String message) {
        UI ui = UI.getCurrent();
        if (ui != null && "zh".equals(ui.getLocale().getLanguage())) {
            String rule = ui.getTranslation(module + ".rule." + field);
            if (!rule.startsWith("!")) {
                return rule;
            }
        }
        return message;
    }
}
