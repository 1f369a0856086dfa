package com.knowpay.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderView;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.PaymentTestKit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Order history: only one's own orders; someone else's order number shows "not found". */
class OrderHistoryViewTests extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    OrderService orders;

    @Test
    void listsOwnOrdersOnlyAndHidesOthers() {
        long courseId = PaymentTestKit.pricedCourses(catalog).get(0).id();
        String other = PaymentTestKit.newLearner(accounts);
        login(other);
        OrderView othersOrder = orders.placeOrder(courseId);
        logout();

        login(PaymentTestKit.newLearner(accounts));
        OrderView mine = orders.placeOrder(courseId);
        UI.getCurrent().navigate("orders");
        @SuppressWarnings("unchecked")
        Grid<OrderView> grid = _get(Grid.class, s -> s.withId("orders-grid"));
        List<String> shown = grid.getListDataView().getItems().map(OrderView::orderNo).toList();
        assertThat(shown).containsExactly(mine.orderNo());

        UI.getCurrent().navigate("orders/" + mine.orderNo());
        assertThat(_get(Span.class, s -> s.withId("order-status")).getText()).isEqualTo("Awaiting payment");
        assertThat(_get(Button.class, s -> s.withId("continue-paying"))).isNotNull();

        UI.getCurrent().navigate("orders/" + othersOrder.orderNo());
        assertThat(_get(Span.class, s -> s.withId("order-not-found")).getText()).contains("does not exist");

        UI.getCurrent().navigate("order/" + othersOrder.orderNo() + "/pay");
        assertThat(_get(Span.class, s -> s.withId("order-not-found"))).isNotNull();
    }

    @Test
    void anOpenOrderCanBeCancelledFromItsDetail() {
        login(PaymentTestKit.newLearner(accounts));
        OrderView mine = orders.placeOrder(PaymentTestKit.pricedCourses(catalog).get(1).id());
        UI.getCurrent().navigate("orders/" + mine.orderNo());
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(Button.class, s -> s.withId("cancel-order")));
        assertThat(_get(Span.class, s -> s.withId("order-status")).getText()).startsWith("Cancelled");
    }
}
