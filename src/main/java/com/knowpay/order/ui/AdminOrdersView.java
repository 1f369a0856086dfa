package com.knowpay.order.ui;

import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderSearch;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderView;
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

    private final OrderBackOffice orders;
    private final TextField orderNo = field("search-order-no", "order.admin-orders.order-no");
    private final TextField paymentNo = field("search-payment-no", "order.admin-orders.payment-no");
    private final TextField learner = field("search-learner", "order.admin-orders.learner");
    private final TextField course = field("search-course", "order.admin-orders.course");
    private final Select<OrderStatus> status = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<OrderView> grid = new Grid<>();

    public AdminOrdersView(OrderBackOffice orders) {
        this.orders = orders;
        setSizeFull();
        add(new H2(getTranslation("order.admin-orders.title")), configureForm(), configureGrid());
        search();
    }

    private HorizontalLayout configureForm() {
        status.setId("search-status");
        status.setLabel(getTranslation("order.admin-orders.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("order.admin-orders.any"));
        status.setItems(OrderStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("order.admin-orders.any") : getTranslation("order.status." + s));
        from.setId("search-from");
        from.setLabel(getTranslation("order.admin-orders.from"));
        to.setId("search-to");
        to.setLabel(getTranslation("order.admin-orders.to"));
        Button search = new Button(getTranslation("order.admin-orders.search"), e -> search());
        search.setId("search-orders");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(orderNo, paymentNo, learner, course, status, from, to, search);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<OrderView> configureGrid() {
        grid.setId("orders-grid");
        grid.addColumn(OrderView::orderNo).setHeader(getTranslation("order.admin-orders.order-no")).setAutoWidth(true);
        grid.addColumn(OrderView::courseTitle).setHeader(getTranslation("order.admin-orders.course")).setFlexGrow(1);
        grid.addColumn(o -> o.amount().format()).setHeader(getTranslation("order.admin-orders.amount"));
        grid.addColumn(o -> getTranslation("order.status." + o.status())).setHeader(getTranslation("order.admin-orders.status"));
        grid.addColumn(o -> o.refunded().format()).setHeader(getTranslation("order.admin-orders.refunded"));
        grid.addColumn(o -> UserTime.format(o.createdAt())).setHeader(getTranslation("order.admin-orders.created"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("admin/orders/" + e.getItem().orderNo())));
        return grid;
    }

    private void search() {
        OrderSearch s = new OrderSearch(orderNo.getValue(), paymentNo.getValue(), learner.getValue(),
                course.getValue(), status.getValue(), start(from.getValue()), start(to.getValue() == null ? null
                : to.getValue().plusDays(1)));
        grid.setItems(query -> orders.search(s, query.getPage(), query.getPageSize()).stream());
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
        return getTranslation("order.admin-orders.title") + " · KnowPay";
    }
}
