package com.knowpay.order.ui;

import com.knowpay.order.AdminOrderDetail;
import com.knowpay.order.AdminOrderSection;
import com.knowpay.order.OrderBackOffice;
import com.knowpay.order.OrderHistoryEntry;
import com.knowpay.order.OrderView;
import com.knowpay.payment.InboxNotificationView;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Support's view of one order: facts, payment attempts, the verified provider notifications and
 * status history. Other modules add their parts ({@link AdminOrderSection}): refunds and the
 * "start a refund" form, journal entries.
 */
@Route(value = "admin/orders/:orderNo", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminOrderDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderBackOffice orders;
    private final ObjectProvider<AdminOrderSection> sections;
    private String orderNo = "";

    public AdminOrderDetailView(OrderBackOffice orders, ObjectProvider<AdminOrderSection> sections) {
        this.orders = orders;
        this.sections = sections;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderNo = event.getRouteParameters().get("orderNo").orElse("");
        reload();
    }

    private void reload() {
        removeAll();
        orders.detail(orderNo).ifPresentOrElse(this::show, () -> {
            Span missing = new Span(getTranslation("order.admin-order.not-found", orderNo));
            missing.setId("admin-order-not-found");
            add(missing, backLink());
        });
    }

    /** The own parts and the contributed sections, in position order. */
    private void show(AdminOrderDetail d) {
        record Part(int position, Function<OrderView, List<Component>> render) {
        }
        List<Part> parts = new ArrayList<>(List.of(
                new Part(AdminOrderSection.FACTS, o -> facts(d)),
                new Part(AdminOrderSection.ATTEMPTS, o -> List.of(
                        new H3(getTranslation("order.admin-order.attempts")), attempts(o.attempts()))),
                new Part(AdminOrderSection.NOTIFICATIONS, o -> List.of(
                        new H3(getTranslation("order.admin-order.notifications")), notifications(d.notifications()))),
                new Part(AdminOrderSection.HISTORY, o -> List.of(
                        new H3(getTranslation("order.admin-order.history")), history(d.history())))));
        sections.orderedStream().forEach(s -> parts.add(new Part(s.position(), o -> s.render(o, this::reload))));
        parts.sort(Comparator.comparingInt(Part::position));
        parts.forEach(p -> p.render().apply(d.order()).forEach(this::add));
        add(backLink());
    }

    private List<Component> facts(AdminOrderDetail d) {
        OrderView o = d.order();
        FormLayout facts = new FormLayout();
        Span status = new Span(getTranslation("order.status." + o.status()));
        status.setId("admin-order-status");
        facts.addFormItem(new Span(o.courseTitle()), getTranslation("order.admin-orders.course"));
        facts.addFormItem(new Span(d.learnerUsername()), getTranslation("order.admin-orders.learner"));
        facts.addFormItem(new Span(o.amount().format()), getTranslation("order.admin-orders.amount"));
        facts.addFormItem(new Span(o.refunded().format()), getTranslation("order.admin-orders.refunded"));
        facts.addFormItem(status, getTranslation("order.admin-orders.status"));
        facts.addFormItem(new Span(UserTime.format(o.createdAt())), getTranslation("order.admin-orders.created"));
        H2 title = new H2(getTranslation("order.admin-order.title", o.orderNo()));
        // A 24-digit order number is one unbreakable word: let it wrap on a phone instead of running off-screen.
        title.getStyle().set("overflow-wrap", "anywhere");
        return List.of(title, facts);
    }

    private Grid<PaymentAttemptView> attempts(List<PaymentAttemptView> items) {
        Grid<PaymentAttemptView> g = grid("admin-attempts-grid");
        g.addColumn(PaymentAttemptView::paymentNo).setHeader(getTranslation("order.admin-order.payment-no")).setAutoWidth(true);
        g.addColumn(a -> a.channel().name()).setHeader(getTranslation("order.admin-order.channel"));
        g.addColumn(a -> a.status().name()).setHeader(getTranslation("order.admin-orders.status"));
        g.addColumn(a -> a.amount().format()).setHeader(getTranslation("order.admin-orders.amount"));
        g.addColumn(a -> UserTime.format(a.createdAt())).setHeader(getTranslation("order.admin-orders.created"));
        g.addColumn(a -> a.failureReason() == null ? "" : a.failureReason()).setHeader(getTranslation("order.admin-order.error"));
        g.setItems(items);
        return g;
    }

    private Grid<InboxNotificationView> notifications(List<InboxNotificationView> items) {
        Grid<InboxNotificationView> g = grid("admin-notifications-grid");
        g.addColumn(n -> UserTime.format(n.receivedAt())).setHeader(getTranslation("order.admin-order.received"));
        g.addColumn(InboxNotificationView::paymentNo).setHeader(getTranslation("order.admin-order.payment-no"));
        g.addColumn(InboxNotificationView::source).setHeader(getTranslation("order.admin-order.source"));
        g.addColumn(InboxNotificationView::tradeState).setHeader(getTranslation("order.admin-orders.status"));
        // Text renderer: provider content is shown as text, never as HTML.
        g.addColumn(n -> n.rawVerified() == null ? "" : n.rawVerified()).setHeader(getTranslation("order.admin-order.raw"))
                .setFlexGrow(1);
        g.setItems(items);
        return g;
    }

    private Grid<OrderHistoryEntry> history(List<OrderHistoryEntry> items) {
        Grid<OrderHistoryEntry> g = grid("admin-history-grid");
        g.addColumn(h -> UserTime.format(h.at())).setHeader(getTranslation("order.admin-order.when"));
        g.addColumn(h -> h.from() == null ? "" : h.from().name()).setHeader(getTranslation("order.admin-order.from"));
        g.addColumn(h -> h.to().name()).setHeader(getTranslation("order.admin-order.to"));
        g.addColumn(OrderHistoryEntry::reason).setHeader(getTranslation("order.admin-order.reason")).setFlexGrow(1);
        g.setItems(items);
        return g;
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> g = new Grid<>();
        g.setId(id);
        g.setAllRowsVisible(true);
        return g;
    }

    private Anchor backLink() {
        Anchor back = new Anchor("admin/orders", getTranslation("order.admin-order.back"));
        back.setId("back-to-admin-orders");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.admin-order.title", orderNo) + " · KnowPay";
    }
}
