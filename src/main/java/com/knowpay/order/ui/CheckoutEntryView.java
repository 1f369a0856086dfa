package com.knowpay.order.ui;

import com.knowpay.order.OrderService;
import com.knowpay.order.OrderView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where the catalogue's Buy button leads: places (or finds) the learner's open order for the
 * course and forwards to its payment screen; explains when the course is owned or not for sale.
 */
@Route(value = "checkout/:courseId", layout = MainLayout.class)
@RolesAllowed("LEARNER")
public class CheckoutEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderService orders;

    public CheckoutEntryView(OrderService orders) {
        this.orders = orders;
        add(new H2(getTranslation("order.checkout.title")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long courseId;
        try {
            courseId = Long.parseLong(event.getRouteParameters().get("courseId").orElse(""));
        } catch (NumberFormatException e) {
            showProblem(DomainException.notFound("course-not-found", "This course does not exist."), -1);
            return;
        }
        try {
            OrderView order = orders.placeOrder(courseId);
            event.forwardTo(PayView.class, new RouteParameters("orderNo", order.orderNo()));
        } catch (DomainException e) {
            showProblem(e, courseId);
        }
    }

    private void showProblem(DomainException e, long courseId) {
        Paragraph message = new Paragraph(Notify.messageFor(e));
        message.setId("checkout-problem");
        add(message);
        if ("already-owned".equals(e.code())) {
            Anchor open = new Anchor("learn/" + courseId, getTranslation("order.checkout.open-course"));
            open.setId("learn-link");
            add(open);
        } else {
            add(new Anchor("", getTranslation("order.pay.back-to-catalogue")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.checkout.title") + " · KnowPay";
    }
}
