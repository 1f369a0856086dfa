package com.knowpay.order.ui;

import com.knowpay.order.OrderService;
import com.knowpay.order.OrderView;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The learner's own orders, newest first; a click opens the order. */
@Route(value = "orders", layout = MainLayout.class)
@RolesAllowed("LEARNER")
public class OrderHistoryView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<OrderView> grid = new Grid<>();

    public OrderHistoryView(OrderService orders) {
        setSizeFull();
        List<OrderView> mine = orders.myOrders();
        configureGrid();
        grid.setItems(mine);
        add(new H2(getTranslation("order.history.title")));
        if (mine.isEmpty()) {
            Span empty = new Span(getTranslation("order.history.empty"));
            empty.setId("orders-empty");
            add(empty);
        }
        add(grid);
    }

    private void configureGrid() {
        grid.setId("orders-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OrderView::orderNo).setHeader(getTranslation("order.history.order-no")).setAutoWidth(true);
        grid.addColumn(OrderView::courseTitle).setHeader(getTranslation("order.history.course")).setFlexGrow(1);
        grid.addColumn(o -> o.amount().format()).setHeader(getTranslation("order.history.amount")).setAutoWidth(true);
        grid.addColumn(o -> OrderTexts.status(this, o)).setHeader(getTranslation("order.history.status")).setAutoWidth(true);
        grid.addColumn(o -> UserTime.format(o.createdAt())).setHeader(getTranslation("order.history.created")).setAutoWidth(true);
        grid.addColumn(o -> o.channel().map(c -> OrderTexts.channel(this, c)).orElse(""))
                .setHeader(getTranslation("order.history.channel")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(OrderDetailView.class, new RouteParameters("orderNo", e.getItem().orderNo()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.history.title") + " · KnowPay";
    }
}
