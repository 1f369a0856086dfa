package com.knowpay.refund.ui;

import com.knowpay.order.AdminOrderSection;
import com.knowpay.order.OrderView;
import com.knowpay.refund.RefundService;
import com.knowpay.refund.RefundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.util.List;

/** On the admin order page, after the provider notifications: the order's refunds. */
@org.springframework.stereotype.Component
class AdminRefundsSection implements AdminOrderSection {

    private final RefundService refunds;

    AdminRefundsSection(RefundService refunds) {
        this.refunds = refunds;
    }

    @Override
    public int position() {
        return AdminOrderSection.NOTIFICATIONS + 100;
    }

    @Override
    public List<Component> render(OrderView order, Runnable refresh) {
        Grid<RefundView> g = new Grid<>();
        g.setId("admin-refunds-grid");
        g.setAllRowsVisible(true);
        g.addColumn(RefundView::refundNo).setHeader(g.getTranslation("refund.col.no")).setAutoWidth(true);
        g.addColumn(r -> r.amount().format()).setHeader(g.getTranslation("refund.col.amount"));
        g.addColumn(r -> RefundTexts.status(g, r.status())).setHeader(g.getTranslation("refund.col.status"));
        g.addColumn(RefundView::reason).setHeader(g.getTranslation("refund.col.reason")).setFlexGrow(1);
        g.addColumn(r -> r.notes() == null ? "" : r.notes()).setHeader(g.getTranslation("refund.queue.note"));
        g.setItems(refunds.refundsOf(order.orderNo()));
        return List.of(new H3(g.getTranslation("refund.admin-order.refunds")), g);
    }
}
