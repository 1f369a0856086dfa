package com.knowpay.ledger.ui;

import com.knowpay.ledger.CreatorRateView;
import com.knowpay.ledger.LedgerService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Per-creator commission overrides: list, set (username + percent), remove. Every change is audited by the service. */
class CreatorRatesPanel extends VerticalLayout {

    private final LedgerService ledger;
    final Grid<CreatorRateView> grid = new Grid<>(CreatorRateView.class, false);
    final TextField username = new TextField();
    final BigDecimalField percent = new BigDecimalField();
    final Button save = new Button();
    final Button remove = new Button();

    CreatorRatesPanel(LedgerService ledger) {
        this.ledger = ledger;
        setPadding(false);
        Span defaultRate = new Span(getTranslation("ledger.rates.default", percent(ledger.defaultCommissionRate())));
        defaultRate.setId("default-rate");
        add(defaultRate, form(), configureGrid());
        refresh();
    }

    private HorizontalLayout form() {
        username.setId("rate-username");
        username.setLabel(getTranslation("ledger.rates.username"));
        percent.setId("rate-percent");
        percent.setLabel(getTranslation("ledger.rates.percent"));
        percent.setSuffixComponent(new Span("%"));
        save.setText(getTranslation("ledger.rates.save"));
        save.setId("rate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        remove.setText(getTranslation("ledger.rates.remove"));
        remove.setId("rate-remove");
        remove.setEnabled(false);
        remove.addClickListener(e -> remove());
        HorizontalLayout bar = new HorizontalLayout(username, percent, save, remove);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<CreatorRateView> configureGrid() {
        grid.setId("rates-grid");
        grid.addColumn(CreatorRateView::creatorName).setHeader(getTranslation("ledger.col.creator")).setAutoWidth(true);
        grid.addColumn(r -> percent(r.rateBasisPoints())).setHeader(getTranslation("ledger.rates.percent")).setAutoWidth(true);
        grid.addColumn(r -> UserTime.format(r.updatedAt())).setHeader(getTranslation("ledger.col.updatedAt")).setAutoWidth(true);
        grid.addColumn(CreatorRateView::updatedBy).setHeader(getTranslation("ledger.col.decidedBy")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> remove.setEnabled(e.getValue() != null));
        return grid;
    }

    private void save() {
        BigDecimal value = percent.getValue();
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
                || value.stripTrailingZeros().scale() > 2) {
            percent.setErrorMessage(getTranslation("ledger.rates.invalid"));
            percent.setInvalid(true);
            return;
        }
        percent.setInvalid(false);
        int basisPoints = value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).intValueExact();
        try {
            CreatorRateView saved = ledger.setCreatorRate(username.getValue(), basisPoints);
            Notify.success(getTranslation("ledger.rates.saved", saved.creatorName(), percent(saved.rateBasisPoints())));
            username.clear();
            percent.clear();
            refresh();
        } catch (DomainException e) {
            username.setErrorMessage(Notify.messageFor(e));
            username.setInvalid(true);
        }
    }

    private void remove() {
        CreatorRateView selected = grid.asSingleSelect().getValue();
        if (selected != null) {
            ledger.removeCreatorRate(selected.creatorId());
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(ledger.creatorRates());
    }

    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).toPlainString() + " %";
    }
}
