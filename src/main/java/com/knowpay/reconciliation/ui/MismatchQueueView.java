package com.knowpay.reconciliation.ui;

import com.knowpay.payment.ChannelType;
import com.knowpay.reconciliation.MismatchSearch;
import com.knowpay.reconciliation.MismatchStatus;
import com.knowpay.reconciliation.MismatchType;
import com.knowpay.reconciliation.MismatchView;
import com.knowpay.reconciliation.ReconciliationService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The mismatch queue: filter, then fulfil, refund or explain the selected item (each with a note). */
@Route(value = "admin/reconciliation/mismatches", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class MismatchQueueView extends VerticalLayout implements HasDynamicTitle {

    enum Action { FULFIL, REFUND, EXPLAIN }

    private final ReconciliationService reconciliation;
    private final Select<MismatchType> type = new Select<>();
    private final Select<MismatchStatus> status = new Select<>();
    private final Select<ChannelType> channel = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Grid<MismatchView> grid = new Grid<>(MismatchView.class, false);
    private final Button fulfil = new Button();
    private final Button refund = new Button();
    private final Button explain = new Button();

    public MismatchQueueView(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
        setSizeFull();
        add(new H2(getTranslation("reconciliation.queue.title")), filters(), actions(), configureGrid());
        refresh();
    }

    private HorizontalLayout filters() {
        type.setId("recon-filter-type");
        type.setLabel(getTranslation("reconciliation.col.type"));
        type.setItems(MismatchType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("reconciliation.any") : getTranslation("reconciliation.type." + t));
        type.setEmptySelectionAllowed(true);
        status.setId("recon-filter-status");
        status.setLabel(getTranslation("reconciliation.col.status"));
        status.setItems(MismatchStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("reconciliation.any") : getTranslation("reconciliation.status." + s));
        status.setEmptySelectionAllowed(true);
        status.setValue(MismatchStatus.OPEN);
        channel.setId("recon-filter-channel");
        channel.setLabel(getTranslation("reconciliation.col.channel"));
        channel.setItems(ChannelType.values());
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("reconciliation.any") : c.name());
        channel.setEmptySelectionAllowed(true);
        date.setId("recon-filter-date");
        date.setLabel(getTranslation("reconciliation.col.date"));
        date.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        channel.addValueChangeListener(e -> refresh());
        date.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(type, status, channel, date);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private HorizontalLayout actions() {
        configure(fulfil, "recon-fulfil", "reconciliation.action.FULFIL", ButtonVariant.LUMO_PRIMARY, Action.FULFIL);
        configure(refund, "recon-refund", "reconciliation.action.REFUND", ButtonVariant.LUMO_ERROR, Action.REFUND);
        configure(explain, "recon-explain", "reconciliation.action.EXPLAIN", ButtonVariant.LUMO_CONTRAST, Action.EXPLAIN);
        return new HorizontalLayout(fulfil, refund, explain);
    }

    private void configure(Button button, String id, String key, ButtonVariant variant, Action action) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addThemeVariants(variant);
        button.setEnabled(false);
        button.addClickListener(e -> grid.asSingleSelect().getOptionalValue().ifPresent(m -> openDialog(m, action)));
    }

    private Grid<MismatchView> configureGrid() {
        grid.setId("recon-mismatch-grid");
        grid.addColumn(m -> m.date().toString()).setHeader(getTranslation("reconciliation.col.date")).setAutoWidth(true);
        grid.addColumn(m -> m.channel().name()).setHeader(getTranslation("reconciliation.col.channel")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("reconciliation.type." + m.type())).setHeader(getTranslation("reconciliation.col.type"))
                .setAutoWidth(true);
        grid.addColumn(MismatchView::reference).setHeader(getTranslation("reconciliation.col.reference")).setAutoWidth(true);
        grid.addColumn(m -> m.orderNo() == null ? "–" : m.orderNo()).setHeader(getTranslation("reconciliation.col.order"))
                .setAutoWidth(true);
        grid.addColumn(m -> amount(m.providerAmount())).setHeader(getTranslation("reconciliation.col.providerAmount")).setAutoWidth(true);
        grid.addColumn(m -> amount(m.localAmount())).setHeader(getTranslation("reconciliation.col.localAmount")).setAutoWidth(true);
        grid.addColumn(MismatchView::detail).setHeader(getTranslation("reconciliation.col.detail")).setFlexGrow(1);
        grid.addColumn(m -> m.isOpen() ? getTranslation("reconciliation.status.OPEN")
                        : getTranslation("reconciliation.resolution." + m.resolution()) + " · " + m.resolvedBy())
                .setHeader(getTranslation("reconciliation.col.status")).setAutoWidth(true);
        grid.addColumn(m -> m.note() == null ? "" : m.note()).setHeader(getTranslation("reconciliation.col.note")).setAutoWidth(true);
        grid.addColumn(m -> UserTime.format(m.detectedAt())).setHeader(getTranslation("reconciliation.col.detected")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            boolean open = e.getValue() != null && e.getValue().isOpen();
            fulfil.setEnabled(open);
            refund.setEnabled(open);
            explain.setEnabled(open);
        });
        grid.setSizeFull();
        return grid;
    }

    private void openDialog(MismatchView item, Action action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("reconciliation.action." + action + ".title"));
        Paragraph about = new Paragraph();
        about.setText(getTranslation("reconciliation.type." + item.type()) + " · " + item.reference() + " · " + item.detail());
        Paragraph effect = new Paragraph(getTranslation("reconciliation.action." + action + ".effect"));
        TextArea note = new TextArea(getTranslation("reconciliation.note"));
        note.setId("recon-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setRequired(action == Action.EXPLAIN);
        Button confirm = new Button(getTranslation("reconciliation.action." + action), e -> confirm(dialog, note, item, action));
        confirm.setId("recon-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("reconciliation.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(about, effect, note));
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("36em");
        dialog.open();
    }

    private void confirm(Dialog dialog, TextArea note, MismatchView item, Action action) {
        if (action == Action.EXPLAIN && note.getValue().isBlank()) {
            note.setInvalid(true);
            note.setErrorMessage(getTranslation("reconciliation.note.required"));
            return;
        }
        try {
            MismatchView done = switch (action) {
                case FULFIL -> reconciliation.resolveFulfil(item.id(), note.getValue());
                case REFUND -> reconciliation.resolveRefund(item.id(), note.getValue());
                case EXPLAIN -> reconciliation.markExplained(item.id(), note.getValue());
            };
            Notify.success(getTranslation("reconciliation.resolved", getTranslation("reconciliation.resolution." + done.resolution())));
        } catch (DomainException e) {
            Notify.error(e);
        }
        dialog.close();
        refresh();
    }

    private void refresh() {
        MismatchSearch search = new MismatchSearch(type.getValue(), status.getValue(), channel.getValue(), date.getValue());
        grid.setItems(q -> reconciliation.mismatches(search, q.getPage(), q.getPageSize()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, reconciliation.mismatches(search, 0, 1).getTotalElements()));
        grid.asSingleSelect().clear();
    }

    private static String amount(Money money) {
        return money == null ? "–" : money.format();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reconciliation.queue.title") + " · KnowPay";
    }
}
