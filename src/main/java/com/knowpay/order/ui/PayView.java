package com.knowpay.order.ui;

import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderUpdates;
import com.knowpay.order.OrderView;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.CourseRecommendationsSlot;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The checkout screen. Shows the order, lets the learner pick a channel and show a QR code, and
 * flips to "paid" by server push the moment the payment is recorded (no reload, no polling).
 */
@Route(value = "order/:orderNo/pay", layout = MainLayout.class)
@RolesAllowed("LEARNER")
public class PayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderService orders;
    private final OrderUpdates updates;
    private final Clock clock;

    private final H2 title = new H2();
    private final Span orderNoLabel = new Span();
    private final Span amount = new Span();
    private final Span status = new Span();
    private final RadioButtonGroup<ChannelType> channels = new RadioButtonGroup<>();
    private final Button showQr = new Button();
    private final Button tryAgain = new Button();
    private final Button checkPaid = new Button();
    private final Button cancel = new Button();
    private final QrPanel qr = new QrPanel();
    private final Div paidBanner = new Div();
    private final Div recommendationsArea = new Div();
    private final ObjectProvider<CourseRecommendationsSlot> recommendations;
    private final Div ended = new Div();
    private final VerticalLayout payArea = new VerticalLayout();

    private OrderView order;
    private OrderUpdates.Subscription subscription;
    private String subscribedOrderNo;

    public PayView(OrderService orders, OrderUpdates updates, Clock clock,
                   ObjectProvider<CourseRecommendationsSlot> recommendations) {
        this.orders = orders;
        this.recommendations = recommendations;
        this.updates = updates;
        this.clock = clock;
        configureSummary();
        configurePayArea();
        paidBanner.setId("paid-banner");
        paidBanner.addClassName("kp-paid-banner");
        paidBanner.getStyle().set("background", "var(--lumo-success-color-10pct)")
                .set("color", "var(--lumo-success-text-color)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("font-size", "var(--lumo-font-size-l)");
        ended.setId("order-ended");
        add(title, orderNoLabel, amount, status, payArea, paidBanner, ended, recommendationsArea);
    }

    private void configureSummary() {
        orderNoLabel.setId("order-no");
        amount.setId("order-amount");
        amount.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        status.setId("status-label");
    }

    private void configurePayArea() {
        payArea.setPadding(false);
        channels.setId("channel-choice");
        channels.setLabel(getTranslation("order.pay.channel"));
        channels.setItemLabelGenerator(c -> OrderTexts.channel(this, c));
        showQr.setText(getTranslation("order.pay.show-qr"));
        showQr.setId("show-qr");
        showQr.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showQr.addClickListener(e -> startPayment());
        tryAgain.setText(getTranslation("order.pay.try-again"));
        tryAgain.setId("try-again");
        tryAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tryAgain.addClickListener(e -> startPayment());
        checkPaid.setText(getTranslation("order.pay.check-paid"));
        checkPaid.setId("check-paid");
        checkPaid.addClickListener(e -> checkNow());
        cancel.setText(getTranslation("order.pay.cancel"));
        cancel.setId("cancel-order");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> cancelOrder());
        payArea.add(channels, new HorizontalLayout(showQr, tryAgain), qr, new HorizontalLayout(checkPaid, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String orderNo = event.getRouteParameters().get("orderNo").orElse("");
        try {
            List<ChannelType> available = orders.availableChannels();
            channels.setItems(available);
            if (!available.isEmpty()) {
                channels.setValue(available.get(0));
            }
            OrderView fresh = orders.get(orderNo);
            if (order != null && !order.orderNo().equals(fresh.orderNo())) {
                order = null;
            }
            render(fresh);
            getUI().ifPresent(this::subscribe);
        } catch (DomainException e) {
            removeAll();
            Span notFound = new Span(Notify.messageFor(e));
            notFound.setId("order-not-found");
            add(notFound);
        }
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

    /** Pushed updates for the shown order, handed to the UI thread by ui.access. */
    private void subscribe(UI ui) {
        if (order == null || order.orderNo().equals(subscribedOrderNo)) {
            return;
        }
        unsubscribe();
        subscribedOrderNo = order.orderNo();
        subscription = updates.subscribe(subscribedOrderNo, fresh -> ui.access(() -> render(fresh)));
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
            subscribedOrderNo = null;
        }
    }

    private void startPayment() {
        try {
            orders.startPayment(order.orderNo(), channels.getValue());
        } catch (DomainException e) {
            Notify.error(e);
        }
        render(orders.get(order.orderNo()));
    }

    private void checkNow() {
        OrderView fresh = orders.checkNow(order.orderNo());
        if (fresh.isOpen()) {
            Notify.success(getTranslation("order.pay.not-paid-yet"));
        }
        render(fresh);
    }

    private void cancelOrder() {
        try {
            render(orders.cancel(order.orderNo()));
        } catch (DomainException e) {
            Notify.error(e);
            render(orders.get(order.orderNo()));
        }
    }

    /** Draws the screen for an order state. A stale push (older than what is shown) is ignored. */
    void render(OrderView fresh) {
        if (order != null && isStale(fresh)) {
            return;
        }
        order = fresh;
        title.setText(fresh.courseTitle());
        orderNoLabel.setText(getTranslation("order.pay.order-no", fresh.orderNo()));
        amount.setText(fresh.amount().format());
        payArea.setVisible(fresh.isOpen());
        paidBanner.setVisible(false);
        ended.setVisible(false);
        if (fresh.isOpen()) {
            renderOpen(fresh.latestAttempt());
        } else if (fresh.status().isPaid()) {
            renderPaid();
        } else {
            renderEnded();
        }
    }

    private boolean isStale(OrderView fresh) {
        boolean wentBack = !order.isOpen() && fresh.isOpen();
        return wentBack || fresh.attempts().size() < order.attempts().size();
    }

    private void renderOpen(Optional<PaymentAttemptView> latest) {
        AttemptStatus s = latest.map(PaymentAttemptView::status).orElse(null);
        boolean waiting = s == AttemptStatus.PENDING;
        showQr.setVisible(s == null || waiting || s == AttemptStatus.CREATED);
        tryAgain.setVisible(!showQr.isVisible());
        checkPaid.setVisible(latest.isPresent());
        if (waiting) {
            qr.show(latest.get(), clock.instant());
        } else {
            qr.hide();
        }
        status.setText(s == null ? getTranslation("order.pay.status.choose") : switch (s) {
            case CREATED -> getTranslation("order.pay.status.preparing");
            case PENDING -> getTranslation("order.pay.status.scan");
            case FAILED -> getTranslation("order.pay.status.failed", latest.get().failureReason());
            case DECLINED -> getTranslation("order.pay.status.declined");
            default -> getTranslation("order.pay.status.closed");
        });
        status.getElement().setAttribute("data-state", s == null ? "NEW" : s.name());
    }

    private void renderPaid() {
        status.setText(OrderTexts.status(this, order));
        status.getElement().setAttribute("data-state", "PAID");
        paidBanner.removeAll();
        Span thanks = new Span(getTranslation("order.pay.status.paid"));
        Anchor learn = new Anchor("learn/" + order.courseId(), getTranslation("order.pay.start-learning"));
        learn.setId("learn-link");
        paidBanner.add(thanks, new Span(" "), learn);
        paidBanner.setVisible(true);
        if (recommendationsArea.getChildren().findAny().isEmpty()) {
            recommendations.ifAvailable(slot -> slot.forCourse(order.courseId()).ifPresent(recommendationsArea::add));
        }
    }

    private void renderEnded() {
        String key = order.status() == OrderStatus.REFUNDED ? "order.pay.status.refunded" : switch (order.cancelReason()) {
            case TIMEOUT -> "order.pay.status.expired";
            case RISK -> "order.pay.status.blocked";
            case USER -> "order.pay.status.cancelled";
        };
        status.setText(getTranslation(key));
        status.getElement().setAttribute("data-state", order.status() == OrderStatus.REFUNDED ? "REFUNDED"
                : "CANCELLED_" + order.cancelReason());
        ended.removeAll();
        Anchor again = new Anchor("checkout/" + order.courseId(), getTranslation("order.pay.buy-again"));
        again.setId("buy-again");
        Anchor catalogue = new Anchor("", getTranslation("order.pay.back-to-catalogue"));
        catalogue.setId("back-to-catalogue");
        ended.add(new Div(again), new Div(catalogue));
        ended.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.pay.title") + " · KnowPay";
    }
}
