package com.knowpay.refund.ui;

import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderView;
import com.knowpay.refund.AdminOrderSearch;
import com.knowpay.refund.RefundConsole;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;

/** Admin order search: by order no, payment no, learner, course, status and date; a lazy grid, newest first. */
@Route(value = "admin/orders", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminOrdersView extends VerticalLayout implements HasDynamicTitle {

    private final RefundConsole console;
    private final TextField orderNo = field("search-order-no", "refund.orders.order-no");
    private final TextField paymentNo = field("search-payment-no", "refund.orders.payment-no");
    private final TextField learner = field("search-learner", "refund.orders.learner");
    private final TextField course = field("search-course", "refund.orders.course");
    private final Select<OrderStatus> status = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<OrderView> grid = new Grid<>();

    public AdminOrdersView(RefundConsole console) {
        this.console = console;
        setSizeFull();
        add(new H2(getTranslation("refund.orders.title")), configureForm(), configureGrid());
        search();
    }

    private HorizontalLayout configureForm() {
        status.setId("search-status");
        status.setLabel(getTranslation("refund.orders.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("refund.orders.any"));
        status.setItems(OrderStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("refund.orders.any") : getTranslation("order.status." + s));
        from.setId("search-from");
        from.setLabel(getTranslation("refund.orders.from"));
        to.setId("search-to");
        to.setLabel(getTranslation("refund.orders.to"));
        Button search = new Button(getTranslation("refund.orders.search"), e -> search());
        search.setId("search-orders");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(orderNo, paymentNo, learner, course, status, from, to, search);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<OrderView> configureGrid() {
        grid.setId("orders-grid");
        grid.addColumn(OrderView::orderNo).setHeader(getTranslation("refund.col.order")).setAutoWidth(true);
        grid.addColumn(OrderView::courseTitle).setHeader(getTranslation("refund.orders.course")).setFlexGrow(1);
        grid.addColumn(o -> o.amount().format()).setHeader(getTranslation("refund.col.amount"));
        grid.addColumn(o -> getTranslation("order.status." + o.status())).setHeader(getTranslation("refund.col.status"));
        grid.addColumn(o -> o.refunded().format()).setHeader(getTranslation("refund.orders.refunded"));
        grid.addColumn(o -> UserTime.format(o.createdAt())).setHeader(getTranslation("refund.col.created"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("admin/orders/" + e.getItem().orderNo())));
        return grid;
    }

    private void search() {
        AdminOrderSearch s = new AdminOrderSearch(orderNo.getValue(), paymentNo.getValue(), learner.getValue(),
                course.getValue(), status.getValue(), start(from.getValue()), start(to.getValue() == null ? null
                : to.getValue().plusDays(1)));
        grid.setItems(query -> console.searchOrders(s, query.getPage(), query.getPageSize()).stream());
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(UserTime.zone()).toInstant();
    }

    private TextField field(String id, String key) {
        TextField f = new TextField(getTranslation(key));
        f.setId(id);
        f.setClearButtonVisible(true);
        return f;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refund.orders.title") + " · KnowPay";
    }
}
