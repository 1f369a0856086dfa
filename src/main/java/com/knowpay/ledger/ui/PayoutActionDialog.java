package com.knowpay.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;

/** One text (a note or a bank reference) and a confirm button; the action answers null or an error to show. */
class PayoutActionDialog extends Dialog {

    final TextField text = new TextField();

    PayoutActionDialog(String title, String fieldLabel, boolean required, Function<String, String> action) {
        setHeaderTitle(title);
        text.setId("payout-action-text");
        text.setLabel(fieldLabel);
        text.setRequired(required);
        text.setMaxLength(200);
        text.setWidth("24em");
        add(text);
        Button confirm = new Button(getTranslation("ledger.confirm"), e -> {
            if (required && text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("ledger.field.required"));
                text.setInvalid(true);
                return;
            }
            String error = action.apply(text.getValue());
            if (error == null) {
                close();
            } else {
                text.setErrorMessage(error);
                text.setInvalid(true);
            }
        });
        confirm.setId("payout-action-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("ledger.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
