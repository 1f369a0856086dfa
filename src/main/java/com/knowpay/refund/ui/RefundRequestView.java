package com.knowpay.refund.ui;

import com.knowpay.refund.RefundAsk;
import com.knowpay.refund.RefundPolicy;
import com.knowpay.refund.RefundService;
import com.knowpay.refund.RefundView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.Money;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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

/** The learner asks for (part of) a paid order's money back, with the policy in plain words. */
@Route(value = "orders/:orderNo/refund", layout = MainLayout.class)
@RolesAllowed("LEARNER")
public class RefundRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RefundService refunds;
    private final TextField amount = new TextField();
    private final TextArea reason = new TextArea();
    private String orderNo = "";

    public RefundRequestView(RefundService refunds) {
        this.refunds = refunds;
        amount.setId("refund-amount");
        amount.setPrefixComponent(new Span("¥"));
        reason.setId("refund-reason");
        reason.setMaxLength(500);
        reason.setWidth("32em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderNo = event.getRouteParameters().get("orderNo").orElse("");
        removeAll();
        try {
            show(refunds.policy(orderNo));
        } catch (DomainException e) {
            Span notFound = new Span(Notify.messageFor(e));
            notFound.setId("refund-order-not-found");
            add(notFound, backLink());
        }
    }

    private void show(RefundPolicy p) {
        Paragraph policy = new Paragraph(RefundTexts.policy(this, p));
        policy.setId("refund-policy");
        add(new H2(getTranslation("refund.request.title", p.courseTitle())), policy);
        if (!p.open()) {
            Span closed = new Span(getTranslation("refund.request.closed"));
            closed.setId("refund-closed");
            add(closed, backLink());
            return;
        }
        amount.setLabel(getTranslation("refund.request.amount"));
        amount.setHelperText(getTranslation("refund.request.amount-help", p.refundable().format()));
        amount.setValue(p.refundable().toYuanString());
        reason.setLabel(getTranslation("refund.request.reason"));
        reason.setRequired(true);
        Button submit = new Button(getTranslation("refund.request.submit"), e -> submit());
        submit.setId("submit-refund");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(amount, reason, submit, backLink());
    }

    private void submit() {
        amount.setInvalid(false);
        reason.setInvalid(false);
        Money money;
        try {
            money = amount.getValue().isBlank() ? null : Money.ofYuan(amount.getValue());
        } catch (IllegalArgumentException e) {
            amount.setErrorMessage(getTranslation("refund.request.amount-invalid"));
            amount.setInvalid(true);
            return;
        }
        try {
            RefundView r = refunds.request(orderNo, RefundAsk.of(money, reason.getValue()));
            Notify.success(getTranslation("refund.request.sent", r.refundNo(), r.amount().format()));
            getUI().ifPresent(ui -> ui.navigate("orders/" + orderNo));
        } catch (FieldValidationException e) {
            e.fieldErrors().forEach((field, message) -> {
                if ("amount".equals(field)) {
                    amount.setErrorMessage(message);
                    amount.setInvalid(true);
                } else {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                }
            });
        } catch (DomainException e) {
            Notify.error(e);
        }
    }

    private Anchor backLink() {
        Anchor back = new Anchor("orders/" + orderNo, getTranslation("refund.request.back"));
        back.setId("back-to-order");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refund.request.page-title") + " · KnowPay";
    }
}
