package com.knowpay.order.ui;

import com.knowpay.order.OrderRefundLookup;
import com.knowpay.order.OrderRefundView;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderView;
import com.knowpay.order.OrderUpdates;
import com.knowpay.shared.Money;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;

import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** One of the learner's orders with its payment attempts; an open order can be paid or cancelled from here. */
@Route(value = "orders/:orderNo", layout = MainLayout.class)
@RolesAllowed("LEARNER")
public class OrderDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderService orders;
    private final ObjectProvider<OrderRefundLookup> refunds;
    private final OrderUpdates updates;
    private String titleText = "";
    private OrderView shown;
    private OrderUpdates.Subscription subscription;

    public OrderDetailView(OrderService orders, ObjectProvider<OrderRefundLookup> refunds, OrderUpdates updates) {
        this.orders = orders;
        this.refunds = refunds;
        this.updates = updates;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        subscribe(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
        super.onDetach(detachEvent);
    }

    /** Pushed changes (a refund completing, a late payment) redraw the page and say what happened. */
    private void subscribe(UI ui) {
        unsubscribe();
        if (shown == null) {
            return;
        }
        subscription = updates.subscribe(shown.orderNo(), fresh -> ui.access(() -> {
            boolean refundCompleted = shown != null && fresh.refunded().isGreaterThan(shown.refunded());
            Money newlyRefunded = refundCompleted ? fresh.refunded().minus(shown.refunded()) : null;
            removeAll();
            show(fresh);
            if (refundCompleted) {
                Span told = new Span(getTranslation("order.detail.refund-completed", newlyRefunded.format()));
                told.setId("refund-completed");
                addComponentAsFirst(told);
                Notify.success(told.getText());
            }
        }));
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String orderNo = event.getRouteParameters().get("orderNo").orElse("");
        removeAll();
        try {
            show(orders.get(orderNo));
            getUI().filter(ui -> isAttached()).ifPresent(this::subscribe);
        } catch (DomainException e) {
            Span notFound = new Span(Notify.messageFor(e));
            notFound.setId("order-not-found");
            add(notFound, backLink());
        }
    }

    private void show(OrderView o) {
        shown = o;
        titleText = getTranslation("order.detail.title", o.orderNo());
        H2 title = new H2(titleText);
        // A 24-digit order number is one unbreakable word: let it wrap on a phone instead of running off-screen.
        title.getStyle().set("overflow-wrap", "anywhere");
        Span status = new Span(OrderTexts.status(this, o));
        status.setId("order-status");
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(o.courseTitle()), getTranslation("order.history.course"));
        facts.addFormItem(new Span(o.amount().format()), getTranslation("order.history.amount"));
        facts.addFormItem(status, getTranslation("order.history.status"));
        facts.addFormItem(new Span(UserTime.format(o.createdAt())), getTranslation("order.history.created"));
        if (o.isOpen()) {
            facts.addFormItem(new Span(UserTime.format(o.expiresAt())), getTranslation("order.detail.expires"));
        }
        if (o.paidAt() != null) {
            facts.addFormItem(new Span(UserTime.format(o.paidAt())), getTranslation("order.detail.paid-at"));
        }
        if (!o.refunded().isZero()) {
            facts.addFormItem(new Span(o.refunded().format()), getTranslation("order.detail.refunded"));
        }
        add(title, facts, actions(o), new H3(getTranslation("order.detail.attempts")), attempts(o));
        OrderRefundLookup lookup = refunds.getIfAvailable();
        List<OrderRefundView> refundList = lookup == null ? List.of() : lookup.refundsOf(o.orderNo());
        if (!refundList.isEmpty()) {
            add(new H3(getTranslation("refund.order.refunds")), refunds(refundList));
        }
        add(backLink());
    }

    /** Texts come from the refund module's bundle ("refund.*"), which owns the refund words. */
    private Grid<OrderRefundView> refunds(List<OrderRefundView> list) {
        Grid<OrderRefundView> grid = new Grid<>();
        grid.setId("refunds-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(OrderRefundView::refundNo).setHeader(getTranslation("refund.col.no")).setAutoWidth(true);
        grid.addColumn(r -> r.amount().format()).setHeader(getTranslation("refund.col.amount"));
        grid.addColumn(r -> getTranslation("refund.status." + r.status())).setHeader(getTranslation("refund.col.status"));
        grid.addColumn(OrderRefundView::reason).setHeader(getTranslation("refund.col.reason")).setFlexGrow(1);
        grid.addColumn(r -> UserTime.format(r.createdAt())).setHeader(getTranslation("refund.col.created"));
        grid.setItems(list);
        return grid;
    }

    private HorizontalLayout actions(OrderView o) {
        HorizontalLayout actions = new HorizontalLayout();
        if (o.isOpen()) {
            Button pay = new Button(getTranslation("order.detail.continue"), e -> getUI().ifPresent(ui ->
                    ui.navigate(PayView.class, new RouteParameters("orderNo", o.orderNo()))));
            pay.setId("continue-paying");
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("order.pay.cancel"), e -> cancel(o.orderNo()));
            cancel.setId("cancel-order");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(pay, cancel);
        }
        if (o.status().isPaid()) {
            Anchor refund = new Anchor("orders/" + o.orderNo() + "/refund", getTranslation("refund.order.request-link"));
            refund.setId("request-refund");
            actions.add(refund);
        }
        return actions;
    }

    private void cancel(String orderNo) {
        try {
            OrderView result = orders.cancel(orderNo);
            Notify.success(OrderTexts.status(this, result));
        } catch (DomainException e) {
            Notify.error(e);
        }
        removeAll();
        show(orders.get(orderNo));
    }

    private Grid<PaymentAttemptView> attempts(OrderView o) {
        Grid<PaymentAttemptView> grid = new Grid<>();
        grid.setId("attempts-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(PaymentAttemptView::paymentNo).setHeader(getTranslation("order.detail.attempt.no")).setAutoWidth(true);
        grid.addColumn(a -> OrderTexts.channel(this, a.channel())).setHeader(getTranslation("order.history.channel"));
        grid.addColumn(a -> OrderTexts.attempt(this, a.status())).setHeader(getTranslation("order.history.status"));
        grid.addColumn(a -> UserTime.format(a.createdAt())).setHeader(getTranslation("order.detail.attempt.created"));
        grid.addColumn(a -> a.failureReason() == null ? "" : a.failureReason())
                .setHeader(getTranslation("order.detail.attempt.reason")).setFlexGrow(1);
        grid.setItems(o.attempts());
        return grid;
    }

    private Anchor backLink() {
        Anchor back = new Anchor("orders", getTranslation("order.detail.back"));
        back.setId("back-to-orders");
        return back;
    }

    @Override
    public String getPageTitle() {
        return titleText + " · KnowPay";
    }
}
