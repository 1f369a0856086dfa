package com.knowpay.refund.ui;

import com.knowpay.ledger.JournalEntryView;
import com.knowpay.order.OrderHistoryEntry;
import com.knowpay.order.OrderView;
import com.knowpay.payment.InboxNotificationView;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.refund.AdminOrderDetail;
import com.knowpay.refund.RefundAsk;
import com.knowpay.refund.RefundConsole;
import com.knowpay.refund.RefundView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.Money;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Support's view of one order: facts, payment attempts, the verified provider notifications,
 * refunds and status history; an admin can start a refund here (past the window with a note).
 */
@Route(value = "admin/orders/:orderNo", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminOrderDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RefundConsole console;
    private String orderNo = "";

    public AdminOrderDetailView(RefundConsole console) {
        this.console = console;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderNo = event.getRouteParameters().get("orderNo").orElse("");
        reload();
    }

    private void reload() {
        removeAll();
        console.orderDetail(orderNo).ifPresentOrElse(this::show, () -> {
            Span missing = new Span(getTranslation("refund.admin-order.not-found", orderNo));
            missing.setId("admin-order-not-found");
            add(missing, backLink());
        });
    }

    private void show(AdminOrderDetail d) {
        OrderView o = d.order();
        FormLayout facts = new FormLayout();
        Span status = new Span(getTranslation("order.status." + o.status()));
        status.setId("admin-order-status");
        facts.addFormItem(new Span(o.courseTitle()), getTranslation("refund.orders.course"));
        facts.addFormItem(new Span(d.learnerUsername()), getTranslation("refund.orders.learner"));
        facts.addFormItem(new Span(o.amount().format()), getTranslation("refund.col.amount"));
        facts.addFormItem(new Span(o.refunded().format()), getTranslation("refund.orders.refunded"));
        facts.addFormItem(status, getTranslation("refund.col.status"));
        facts.addFormItem(new Span(UserTime.format(o.createdAt())), getTranslation("refund.col.created"));
        Paragraph policy = new Paragraph(RefundTexts.policy(this, d.policy()));
        policy.setId("admin-order-policy");
        add(new H2(getTranslation("refund.admin-order.title", o.orderNo())), facts, policy);
        if (o.status().isPaid()) {
            add(refundForm(d));
        }
        add(new H3(getTranslation("refund.admin-order.attempts")), attempts(o.attempts()),
                new H3(getTranslation("refund.admin-order.notifications")), notifications(d.notifications()),
                new H3(getTranslation("refund.admin-order.refunds")), refunds(d.refunds()),
                new H3(getTranslation("refund.admin-order.history")), history(d.history()),
                new H3(getTranslation("refund.admin-order.ledger")), ledger(d.ledger()), backLink());
    }

    private VerticalLayout refundForm(AdminOrderDetail d) {
        TextField amount = new TextField(getTranslation("refund.request.amount"));
        amount.setId("admin-refund-amount");
        amount.setValue(d.policy().refundable().toYuanString());
        TextArea reason = new TextArea(getTranslation("refund.request.reason"));
        reason.setId("admin-refund-reason");
        reason.setMaxLength(500);
        TextArea override = new TextArea(getTranslation("refund.admin-order.override"));
        override.setId("admin-refund-override");
        override.setHelperText(getTranslation("refund.admin-order.override-help"));
        Button start = new Button(getTranslation("refund.admin-order.start"), e -> {
            try {
                Money money = amount.getValue().isBlank() ? null : Money.ofYuan(amount.getValue());
                RefundView r = console.startRefund(orderNo, new RefundAsk(money, reason.getValue(), override.getValue()));
                Notify.success(getTranslation("refund.request.sent", r.refundNo(), r.amount().format()));
                reload();
            } catch (IllegalArgumentException badAmount) {
                amount.setErrorMessage(getTranslation("refund.request.amount-invalid"));
                amount.setInvalid(true);
            } catch (FieldValidationException invalid) {
                Notify.error(String.join(" ", invalid.fieldErrors().values()));
            } catch (DomainException refused) {
                Notify.error(refused);
            }
        });
        start.setId("admin-start-refund");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new H3(getTranslation("refund.admin-order.start")), amount, reason, override, start);
    }

    private Grid<PaymentAttemptView> attempts(List<PaymentAttemptView> items) {
        Grid<PaymentAttemptView> g = grid("admin-attempts-grid");
        g.addColumn(PaymentAttemptView::paymentNo).setHeader(getTranslation("refund.admin-order.payment-no")).setAutoWidth(true);
        g.addColumn(a -> a.channel().name()).setHeader(getTranslation("refund.admin-order.channel"));
        g.addColumn(a -> a.status().name()).setHeader(getTranslation("refund.col.status"));
        g.addColumn(a -> a.amount().format()).setHeader(getTranslation("refund.col.amount"));
        g.addColumn(a -> UserTime.format(a.createdAt())).setHeader(getTranslation("refund.col.created"));
        g.addColumn(a -> a.failureReason() == null ? "" : a.failureReason()).setHeader(getTranslation("refund.col.error"));
        g.setItems(items);
        return g;
    }

    private Grid<InboxNotificationView> notifications(List<InboxNotificationView> items) {
        Grid<InboxNotificationView> g = grid("admin-notifications-grid");
        g.addColumn(n -> UserTime.format(n.receivedAt())).setHeader(getTranslation("refund.admin-order.received"));
        g.addColumn(InboxNotificationView::paymentNo).setHeader(getTranslation("refund.admin-order.payment-no"));
        g.addColumn(InboxNotificationView::source).setHeader(getTranslation("refund.admin-order.source"));
        g.addColumn(InboxNotificationView::tradeState).setHeader(getTranslation("refund.col.status"));
        // Text renderer: provider content is shown as text, never as HTML.
        g.addColumn(n -> n.rawVerified() == null ? "" : n.rawVerified()).setHeader(getTranslation("refund.admin-order.raw"))
                .setFlexGrow(1);
        g.setItems(items);
        return g;
    }

    private Grid<RefundView> refunds(List<RefundView> items) {
        Grid<RefundView> g = grid("admin-refunds-grid");
        g.addColumn(RefundView::refundNo).setHeader(getTranslation("refund.col.no")).setAutoWidth(true);
        g.addColumn(r -> r.amount().format()).setHeader(getTranslation("refund.col.amount"));
        g.addColumn(r -> RefundTexts.status(this, r.status())).setHeader(getTranslation("refund.col.status"));
        g.addColumn(RefundView::reason).setHeader(getTranslation("refund.col.reason")).setFlexGrow(1);
        g.addColumn(r -> r.notes() == null ? "" : r.notes()).setHeader(getTranslation("refund.queue.note"));
        g.setItems(items);
        return g;
    }

    private Grid<OrderHistoryEntry> history(List<OrderHistoryEntry> items) {
        Grid<OrderHistoryEntry> g = grid("admin-history-grid");
        g.addColumn(h -> UserTime.format(h.at())).setHeader(getTranslation("refund.admin-order.when"));
        g.addColumn(h -> h.from() == null ? "" : h.from().name()).setHeader(getTranslation("refund.admin-order.from"));
        g.addColumn(h -> h.to().name()).setHeader(getTranslation("refund.admin-order.to"));
        g.addColumn(OrderHistoryEntry::reason).setHeader(getTranslation("refund.col.reason")).setFlexGrow(1);
        g.setItems(items);
        return g;
    }

    /** Sale, refund holds, settlements and releases, so support can see whose money is where. */
    private Grid<JournalEntryView> ledger(List<JournalEntryView> items) {
        Grid<JournalEntryView> g = grid("admin-ledger-grid");
        g.addComponentColumn(AdminOrderDetailView::ledgerEntry).setHeader(getTranslation("refund.admin-order.entry"));
        g.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.setItems(items);
        return g;
    }

    /** One stacked cell per entry: the description is the point, and a phone reads it without scrolling sideways. */
    private static Div ledgerEntry(JournalEntryView e) {
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

    private static <T> Grid<T> grid(String id) {
        Grid<T> g = new Grid<>();
        g.setId(id);
        g.setAllRowsVisible(true);
        return g;
    }

    private Anchor backLink() {
        Anchor back = new Anchor("admin/orders", getTranslation("refund.admin-order.back"));
        back.setId("back-to-admin-orders");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refund.admin-order.title", orderNo) + " · KnowPay";
    }
}
