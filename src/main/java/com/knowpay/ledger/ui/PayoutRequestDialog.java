package com.knowpay.ledger.ui;

import com.knowpay.ledger.CreatorBalance;
import com.knowpay.ledger.LedgerService;
import com.knowpay.ledger.PayoutView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.shared.ui.Notify;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/** Asks how much to withdraw; says what is wrong with the amount next to the field. */
class PayoutRequestDialog extends Dialog {

    private final LedgerService ledger;
    private final CreatorBalance balance;
    private final Runnable onDone;
    final TextField amount = new TextField();

    PayoutRequestDialog(LedgerService ledger, CreatorBalance balance, Runnable onDone) {
        this.ledger = ledger;
        this.balance = balance;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("ledger.payout.request"));
        amount.setId("payout-amount");
        amount.setLabel(getTranslation("ledger.payout.amount"));
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
        amount.setHelperText(getTranslation("ledger.payout.help", ledger.payoutMinimum().format(), balance.requestable().format()));
        amount.setWidthFull();
        add(amount);
        Button confirm = new Button(getTranslation("ledger.payout.submit"), e -> submit());
        confirm.setId("payout-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("ledger.cancel"), e -> close());
        cancel.setId("payout-cancel");
        getFooter().add(cancel, confirm);
    }

    private void submit() {
        Money value;
        try {
            value = Money.ofYuan(amount.getValue());
        } catch (IllegalArgumentException e) {
            invalid(getTranslation("ledger.payout.amount.invalid"));
            return;
        }
        if (ledger.payoutMinimum().isGreaterThan(value)) {
            invalid(getTranslation("ledger.payout.amount.belowMinimum", ledger.payoutMinimum().format()));
            return;
        }
        if (value.isGreaterThan(balance.requestable())) {
            invalid(getTranslation("ledger.payout.amount.tooMuch", balance.requestable().format()));
            return;
        }
        try {
            PayoutView payout = ledger.requestPayout(value);
            Notify.success(getTranslation("ledger.payout.requested", payout.payoutNo(), payout.amount().format()));
            close();
            onDone.run();
        } catch (DomainException e) {
            invalid(Notify.messageFor(e));
        }
    }

    private void invalid(String message) {
        amount.setErrorMessage(message);
        amount.setInvalid(true);
    }
}
