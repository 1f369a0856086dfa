package com.knowpay.ledger.ui;

import com.knowpay.ledger.CreatorBalance;
import com.knowpay.ledger.LedgerService;
import com.knowpay.ledger.PayoutView;
import com.knowpay.ledger.StatementLine;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;

/** A creator's earnings: what is pending, available and paid out, the movements, and payout requests. */
@Route(value = "creator/earnings", layout = MainLayout.class)
@RolesAllowed("CREATOR")
public class EarningsView extends VerticalLayout implements HasDynamicTitle {

    private final LedgerService ledger;
    private final HorizontalLayout cards = new HorizontalLayout();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    final Grid<StatementLine> statement = new Grid<>(StatementLine.class, false);
    final Grid<PayoutView> payouts = new Grid<>(PayoutView.class, false);
    private final Button requestPayout = new Button();
    private CreatorBalance balance;

    public EarningsView(LedgerService ledger) {
        this.ledger = ledger;
        add(new H2(getTranslation("ledger.earnings.title")), cards, actions(), new H3(getTranslation("ledger.statement.title")),
                range(), configureStatement(), new H3(getTranslation("ledger.payouts.mine")), configurePayouts());
        refresh();
    }

    private HorizontalLayout actions() {
        requestPayout.setText(getTranslation("ledger.payout.request"));
        requestPayout.setId("request-payout");
        requestPayout.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        requestPayout.addClickListener(e -> new PayoutRequestDialog(ledger, balance, this::refresh).open());
        return new HorizontalLayout(requestPayout);
    }

    private HorizontalLayout range() {
        LocalDate today = LocalDate.now(UserTime.zone());
        from.setId("statement-from");
        from.setLabel(getTranslation("ledger.statement.from"));
        from.setValue(today.minusDays(30));
        to.setId("statement-to");
        to.setLabel(getTranslation("ledger.statement.to"));
        to.setValue(today);
        from.addValueChangeListener(e -> refreshStatement());
        to.addValueChangeListener(e -> refreshStatement());
        HorizontalLayout bar = new HorizontalLayout(from, to);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<StatementLine> configureStatement() {
        statement.setId("statement-grid");
        statement.addColumn(l -> UserTime.format(l.at())).setHeader(getTranslation("ledger.col.at")).setAutoWidth(true);
        statement.addColumn(l -> getTranslation("ledger.kind." + l.kind())).setHeader(getTranslation("ledger.col.kind")).setAutoWidth(true);
        statement.addColumn(l -> l.orderNo() == null ? "" : l.orderNo()).setHeader(getTranslation("ledger.col.order")).setAutoWidth(true);
        statement.addColumn(Amounts::signed).setHeader(getTranslation("ledger.col.amount")).setAutoWidth(true);
        statement.addColumn(l -> UserTime.format(l.availableAt())).setHeader(getTranslation("ledger.col.availableAt")).setAutoWidth(true);
        statement.setAllRowsVisible(true);
        return statement;
    }

    private Grid<PayoutView> configurePayouts() {
        payouts.setId("my-payouts-grid");
        payouts.addColumn(PayoutView::payoutNo).setHeader(getTranslation("ledger.col.payoutNo")).setAutoWidth(true);
        payouts.addColumn(p -> p.amount().format()).setHeader(getTranslation("ledger.col.amount")).setAutoWidth(true);
        payouts.addColumn(p -> getTranslation("ledger.status." + p.status())).setHeader(getTranslation("ledger.col.status")).setAutoWidth(true);
        payouts.addColumn(p -> UserTime.format(p.requestedAt())).setHeader(getTranslation("ledger.col.requestedAt")).setAutoWidth(true);
        payouts.addColumn(p -> p.note() == null ? "" : p.note()).setHeader(getTranslation("ledger.col.note")).setFlexGrow(1);
        payouts.setAllRowsVisible(true);
        return payouts;
    }

    private void refresh() {
        balance = ledger.myBalance();
        cards.removeAll();
        cards.add(Amounts.card(getTranslation("ledger.balance.pending"), "balance-pending", balance.pending()),
                Amounts.card(getTranslation("ledger.balance.available"), "balance-available", balance.available()),
                Amounts.card(getTranslation("ledger.balance.paidOut"), "balance-paid-out", balance.paidOut()));
        if (!balance.owed().isZero()) {
            cards.add(Amounts.card(getTranslation("ledger.balance.owed"), "balance-owed", balance.owed()));
        }
        payouts.setItems(ledger.myPayouts());
        refreshStatement();
    }

    private void refreshStatement() {
        LocalDate start = from.getValue() == null ? LocalDate.of(2000, 1, 1) : from.getValue();
        LocalDate end = to.getValue() == null ? LocalDate.now(UserTime.zone()) : to.getValue();
        Instant fromInstant = start.atStartOfDay(UserTime.zone()).toInstant();
        Instant toInstant = end.plusDays(1).atStartOfDay(UserTime.zone()).toInstant();
        statement.setItems(ledger.myStatement(fromInstant, toInstant));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.earnings.title") + " · KnowPay";
    }
}
