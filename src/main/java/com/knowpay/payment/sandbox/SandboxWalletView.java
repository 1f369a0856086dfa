package com.knowpay.payment.sandbox;

import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sandbox wallet: what a payer sees after scanning the QR code. No sign-in (a payer's phone
 * has no KnowPay session). "Pay" makes the fake provider notify KnowPay over HTTP. Not found (404)
 * while the sandbox is switched off.
 */
@Route("sandbox/pay/:paymentNo")
@AnonymousAllowed
public class SandboxWalletView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SandboxProvider provider;
    private final Span subject = new Span();
    private final Span amount = new Span();
    private final Span status = new Span();
    private final Div paid = new Div();
    private final Button pay = new Button();
    private final Button decline = new Button();
    private String paymentNo;

    public SandboxWalletView(ObjectProvider<SandboxProvider> provider) {
        this.provider = provider.getIfAvailable();
        setMaxWidth("420px");
        getStyle().set("margin", "0 auto");
        setAlignItems(FlexComponent.Alignment.STRETCH);
        subject.setId("wallet-subject");
        amount.setId("wallet-amount");
        amount.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        status.setId("wallet-status");
        paid.setId("wallet-paid");
        paid.setText(getTranslation("payment.sandbox.paid"));
        paid.getStyle().set("color", "var(--lumo-success-text-color)").set("font-size", "var(--lumo-font-size-xl)");
        paid.setVisible(false);
        pay.setText(getTranslation("payment.sandbox.pay"));
        pay.setId("wallet-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        pay.addClickListener(e -> act(provider()::pay));
        decline.setText(getTranslation("payment.sandbox.decline"));
        decline.setId("wallet-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        decline.addClickListener(e -> act(provider()::decline));
        H2 merchant = new H2(getTranslation("payment.sandbox.merchant"));
        merchant.setId("wallet-merchant");
        add(merchant, new Paragraph(getTranslation("payment.sandbox.hint")), subject, amount, status, paid,
                new HorizontalLayout(pay, decline));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        paymentNo = event.getRouteParameters().get("paymentNo").orElse("");
        if (provider == null) {
            // the sandbox is switched off: there is no wallet here (HTTP 404), not a page saying so
            event.rerouteToError(NotFoundException.class);
            return;
        }
        provider.wallet(paymentNo).ifPresentOrElse(this::show,
                () -> showMessage(getTranslation("payment.sandbox.unknown")));
    }

    private SandboxProvider provider() {
        return provider;
    }

    private void act(Function<String, SandboxProvider.WalletTrade> action) {
        try {
            show(action.apply(paymentNo));
        } catch (DomainException e) {
            Notify.error(e);
            provider.wallet(paymentNo).ifPresent(this::show);
        }
    }

    private void show(SandboxProvider.WalletTrade t) {
        subject.setText(t.subject());
        amount.setText(t.amount().format());
        status.setText(switch (t.status()) {
            case "WAITING" -> getTranslation("payment.sandbox.status.waiting", UserTime.format(t.expiresAt()));
            case "PAID" -> getTranslation("payment.sandbox.status.paid");
            case "FAILED" -> getTranslation("payment.sandbox.status.declined");
            default -> getTranslation("payment.sandbox.status.closed");
        });
        paid.setVisible("PAID".equals(t.status()));
        pay.setEnabled(t.payable());
        decline.setEnabled(t.payable());
    }

    private void showMessage(String text) {
        status.setText(text);
        pay.setEnabled(false);
        decline.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.sandbox.merchant");
    }
}
