package com.knowpay.refund.ui;

import com.knowpay.order.AdminOrderSection;
import com.knowpay.order.OrderView;
import com.knowpay.refund.RefundAsk;
import com.knowpay.refund.RefundPolicy;
import com.knowpay.refund.RefundService;
import com.knowpay.refund.RefundView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.Money;
import com.knowpay.shared.ui.Notify;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * On the admin order page, right under the facts: the refund policy and, while something of a paid
 * order is left to refund, the form with which an admin starts a refund (past the window with an
 * audited note).
 */
@org.springframework.stereotype.Component
class AdminRefundFormSection implements AdminOrderSection {

    private final RefundService refunds;

    AdminRefundFormSection(RefundService refunds) {
        this.refunds = refunds;
    }

    @Override
    public int position() {
        return AdminOrderSection.FACTS + 100;
    }

    @Override
    public List<Component> render(OrderView order, Runnable refresh) {
        RefundPolicy p = refunds.policy(order.orderNo());
        Paragraph policy = new Paragraph();
        policy.setText(RefundTexts.policy(policy, p));
        policy.setId("admin-order-policy");
        // Nothing left to refund (all refunded, or held by refunds under way, which the policy line says):
        // no form that could only be refused.
        boolean refundable = order.status().isPaid() && !p.refundable().isZero();
        return refundable ? List.of(policy, form(order.orderNo(), p, refresh)) : List.of(policy);
    }

    private VerticalLayout form(String orderNo, RefundPolicy p, Runnable refresh) {
        VerticalLayout form = new VerticalLayout();
        TextField amount = new TextField(form.getTranslation("refund.request.amount"));
        amount.setId("admin-refund-amount");
        amount.setValue(p.refundable().toYuanString());
        TextArea reason = new TextArea(form.getTranslation("refund.request.reason"));
        reason.setId("admin-refund-reason");
        reason.setMaxLength(500);
        TextArea override = new TextArea(form.getTranslation("refund.admin-order.override"));
        override.setId("admin-refund-override");
        override.setHelperText(form.getTranslation("refund.admin-order.override-help"));
        Button start = new Button(form.getTranslation("refund.admin-order.start"), e -> {
            try {
                Money money = amount.getValue().isBlank() ? null : Money.ofYuan(amount.getValue());
                RefundView r = refunds.adminRequest(orderNo, new RefundAsk(money, reason.getValue(), override.getValue()));
                Notify.success(form.getTranslation("refund.request.sent", r.refundNo(), r.amount().format()));
                refresh.run();
            } catch (IllegalArgumentException badAmount) {
                amount.setErrorMessage(form.getTranslation("refund.request.amount-invalid"));
                amount.setInvalid(true);
            } catch (FieldValidationException invalid) {
                Notify.error(String.join(" ", invalid.fieldErrors().values()));
            } catch (DomainException refused) {
                Notify.error(refused);
            }
        });
        start.setId("admin-start-refund");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new H3(form.getTranslation("refund.admin-order.start")), amount, reason, override, start);
        return form;
    }
}
