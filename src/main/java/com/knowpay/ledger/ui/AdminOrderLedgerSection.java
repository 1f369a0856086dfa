package com.knowpay.ledger.ui;

import com.knowpay.ledger.JournalEntryView;
import com.knowpay.ledger.LedgerService;
import com.knowpay.order.AdminOrderSection;
import com.knowpay.order.OrderView;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * On the admin order page, last: the order's journal entries (sale, refund holds, settlements,
 * releases), so support can see whose money is where.
 */
@org.springframework.stereotype.Component
class AdminOrderLedgerSection implements AdminOrderSection {

    private final LedgerService ledger;

    AdminOrderLedgerSection(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public int position() {
        return AdminOrderSection.HISTORY + 100;
    }

    @Override
    public List<Component> render(OrderView order, Runnable refresh) {
        Grid<JournalEntryView> g = new Grid<>();
        g.setId("admin-ledger-grid");
        g.setAllRowsVisible(true);
        g.addComponentColumn(AdminOrderLedgerSection::entry).setHeader(g.getTranslation("ledger.admin-order.entry"));
        g.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.setItems(ledger.entriesOfOrder(order.orderNo()));
        return List.of(new H3(g.getTranslation("ledger.admin-order.title")), g);
    }

    /** One stacked cell per entry: the description is the point, and a phone reads it without scrolling sideways. */
    private static Div entry(JournalEntryView e) {
        Span reference = new Span(e.reference());
        reference.getStyle().set("font-weight", "600").set("overflow-wrap", "anywhere");
        Span when = new Span(UserTime.format(e.recordedAt()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span what = new Span(e.description());
        what.getStyle().set("overflow-wrap", "anywhere");
        Div cell = new Div(reference, when, what);
        cell.getStyle().set("display", "flex").set("flex-direction", "column");
        return cell;
    }
}
