package com.knowpay.ledger.ui;

import com.knowpay.ledger.LedgerService;
import com.knowpay.ledger.PayoutStatus;
import com.knowpay.ledger.PayoutView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.BiFunction;

/** Admins decide payout requests: approve, reject with a note, mark paid with the bank's reference. */
@Route(value = "admin/payouts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class PayoutsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final LedgerService ledger;
    private final Select<PayoutStatus> status = new Select<>();
    final Grid<PayoutView> grid = new Grid<>(PayoutView.class, false);
    private final Button approve = new Button();
    private final Button reject = new Button();
    private final Button markPaid = new Button();

    public PayoutsAdminView(LedgerService ledger) {
        this.ledger = ledger;
        setSizeFull();
        add(new H2(getTranslation("ledger.payouts.title")), toolbar(), configureGrid());
        refresh();
    }

    private HorizontalLayout toolbar() {
        status.setId("payout-status-filter");
        status.setLabel(getTranslation("ledger.col.status"));
        status.setItems(PayoutStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("ledger.status.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("ledger.status.all") : getTranslation("ledger.status." + s));
        status.setValue(PayoutStatus.REQUESTED);
        status.addValueChangeListener(e -> refresh());
        approve.setText(getTranslation("ledger.payout.approve"));
        approve.setId("payout-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> act("ledger.payout.approve", false, ledger::approvePayout));
        reject.setText(getTranslation("ledger.payout.reject"));
        reject.setId("payout-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> act("ledger.payout.reject", true, ledger::rejectPayout));
        markPaid.setText(getTranslation("ledger.payout.markPaid"));
        markPaid.setId("payout-mark-paid");
        markPaid.addClickListener(e -> act("ledger.payout.markPaid", true, ledger::markPayoutPaid));
        HorizontalLayout bar = new HorizontalLayout(status, approve, reject, markPaid);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<PayoutView> configureGrid() {
        grid.setId("payouts-grid");
        grid.addColumn(PayoutView::payoutNo).setHeader(getTranslation("ledger.col.payoutNo")).setAutoWidth(true);
        grid.addColumn(PayoutView::creatorName).setHeader(getTranslation("ledger.col.creator")).setAutoWidth(true);
        grid.addColumn(p -> p.amount().format()).setHeader(getTranslation("ledger.col.amount")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("ledger.status." + p.status())).setHeader(getTranslation("ledger.col.status")).setAutoWidth(true);
        grid.addColumn(p -> UserTime.format(p.requestedAt())).setHeader(getTranslation("ledger.col.requestedAt")).setAutoWidth(true);
        grid.addColumn(p -> p.decidedBy() == null ? "" : p.decidedBy()).setHeader(getTranslation("ledger.col.decidedBy")).setAutoWidth(true);
        grid.addColumn(p -> p.note() == null ? "" : p.note()).setHeader(getTranslation("ledger.col.note")).setFlexGrow(1);
        grid.addColumn(p -> p.bankReference() == null ? "" : p.bankReference()).setHeader(getTranslation("ledger.col.bankReference")).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons(e.getValue()));
        grid.setSizeFull();
        return grid;
    }

    private void updateButtons(PayoutView selected) {
        PayoutStatus s = selected == null ? null : selected.status();
        approve.setEnabled(s == PayoutStatus.REQUESTED);
        reject.setEnabled(s != null && s.isOpen());
        markPaid.setEnabled(s == PayoutStatus.APPROVED);
    }

    /** Opens the dialog for an action on the selected payout; {@code textRequired}: note or bank reference. */
    private void act(String actionKey, boolean textRequired, BiFunction<Long, String, PayoutView> action) {
        PayoutView selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        new PayoutActionDialog(getTranslation(actionKey) + " · " + selected.payoutNo() + " · " + selected.amount().format(),
                getTranslation(actionKey + ".field"), textRequired, text -> {
            try {
                PayoutView done = action.apply(selected.id(), text);
                Notify.success(getTranslation("ledger.payout.done", done.payoutNo(), getTranslation("ledger.status." + done.status())));
                refresh();
                return null;
            } catch (DomainException e) {
                return Notify.messageFor(e);
            }
        }).open();
    }

    private void refresh() {
        grid.setItems(ledger.payouts(status.getValue()));
        updateButtons(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.payouts.title") + " · KnowPay";
    }
}
