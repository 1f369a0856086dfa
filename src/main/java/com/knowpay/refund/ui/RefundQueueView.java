package com.knowpay.refund.ui;

import com.knowpay.refund.RefundFilter;
import com.knowpay.refund.RefundService;
import com.knowpay.refund.RefundStatus;
import com.knowpay.refund.RefundView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Function;

/** The admins' refund queue: filter by status, approve (maker-checker), reject with a note, retry failures. */
@Route(value = "admin/refunds", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class RefundQueueView extends VerticalLayout implements HasDynamicTitle {

    private final RefundService refunds;
    private final Select<RefundFilter> filter = new Select<>();
    private final Grid<RefundView> grid = new Grid<>();
    private final Span selected = new Span();
    private final TextArea note = new TextArea();
    private final Button approve = new Button();
    private final Button reject = new Button();
    private final Button retry = new Button();

    public RefundQueueView(RefundService refunds) {
        this.refunds = refunds;
        setSizeFull();
        add(new H2(getTranslation("refund.queue.title")), configureFilter(), configureGrid(), configureActions());
        refresh();
    }

    private Select<RefundFilter> configureFilter() {
        filter.setId("refund-filter");
        filter.setLabel(getTranslation("refund.queue.filter"));
        filter.setItems(RefundFilter.values());
        filter.setItemLabelGenerator(f -> getTranslation("refund.filter." + f));
        filter.setValue(RefundFilter.PENDING);
        filter.addValueChangeListener(e -> refresh());
        return filter;
    }

    private Grid<RefundView> configureGrid() {
        grid.setId("refunds-grid");
        grid.addColumn(RefundView::refundNo).setHeader(getTranslation("refund.col.no")).setAutoWidth(true);
        grid.addColumn(RefundView::orderNo).setHeader(getTranslation("refund.col.order")).setAutoWidth(true);
        grid.addColumn(r -> r.amount().format()).setHeader(getTranslation("refund.col.amount"));
        grid.addColumn(r -> RefundTexts.status(this, r.status())).setHeader(getTranslation("refund.col.status"));
        grid.addColumn(r -> getTranslation("refund.initiator." + r.initiatedBy())).setHeader(getTranslation("refund.col.by"));
        grid.addColumn(RefundView::reason).setHeader(getTranslation("refund.col.reason")).setFlexGrow(1);
        grid.addColumn(r -> r.lastError() == null ? "" : r.lastError()).setHeader(getTranslation("refund.col.error"));
        grid.addColumn(r -> UserTime.format(r.createdAt())).setHeader(getTranslation("refund.col.created"));
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        return grid;
    }

    private VerticalLayout configureActions() {
        selected.setId("selected-refund");
        note.setId("refund-note");
        note.setLabel(getTranslation("refund.queue.note"));
        note.setMaxLength(500);
        note.setWidth("32em");
        configure(approve, "approve-refund", "refund.queue.approve", ButtonVariant.LUMO_PRIMARY,
                r -> refunds.approve(r.refundNo(), note.getValue()));
        configure(reject, "reject-refund", "refund.queue.reject", ButtonVariant.LUMO_ERROR,
                r -> refunds.reject(r.refundNo(), note.getValue()));
        configure(retry, "retry-refund", "refund.queue.retry", ButtonVariant.LUMO_CONTRAST,
                r -> refunds.retry(r.refundNo()));
        select(null);
        return new VerticalLayout(selected, note, new HorizontalLayout(approve, reject, retry));
    }

    private void configure(Button button, String id, String key, ButtonVariant variant,
                           Function<RefundView, RefundView> action) {
        button.setId(id);
        button.setText(getTranslation(key));
        button.addThemeVariants(variant);
        button.addClickListener(e -> grid.asSingleSelect().getOptionalValue().ifPresent(r -> act(action, r)));
    }

    private void act(Function<RefundView, RefundView> action, RefundView r) {
        try {
            RefundView after = action.apply(r);
            Notify.success(getTranslation("refund.queue.done", after.refundNo(), RefundTexts.status(this, after.status())));
            note.clear();
            refresh();
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private void select(RefundView r) {
        boolean any = r != null;
        selected.setText(any ? getTranslation("refund.queue.selected", r.refundNo(), r.amount().format(),
                RefundTexts.status(this, r.status())) : getTranslation("refund.queue.none"));
        approve.setEnabled(any && r.status().isPending());
        reject.setEnabled(any && r.status().isPending());
        retry.setEnabled(any && (r.status() == RefundStatus.FAILED || r.status() == RefundStatus.PROCESSING));
    }

    private void refresh() {
        grid.setItems(refunds.queue(filter.getValue(), 0, 200).getContent());
        select(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refund.queue.title") + " · KnowPay";
    }
}
