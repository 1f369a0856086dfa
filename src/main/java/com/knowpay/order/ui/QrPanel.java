package com.knowpay.order.ui;

import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.shared.ui.QrCodeImage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Duration;
import java.time.Instant;

/**
 * The QR code of the current attempt, a link to the same payment page (for a second tab or the
 * phone's own browser) and a countdown that ticks in the browser only: no server round trip per
 * second, and the sweeper's push tells the screen when the order really expired.
 */
class QrPanel extends VerticalLayout {

    private static final String TICK = """
            const el = this; const end = Date.now() + $0; const fmt = $1; const done = $2;
            if (el.__kpTimer) { clearInterval(el.__kpTimer); }
            const tick = () => {
              const s = Math.max(0, Math.floor((end - Date.now()) / 1000));
              el.textContent = s > 0 ? fmt.replace('{0}', Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0')) : done;
              if (s <= 0 || !el.isConnected) { clearInterval(el.__kpTimer); el.__kpTimer = null; }
            };
            el.__kpTimer = setInterval(tick, 1000); tick();""";

    private final Span countdown = new Span();
    private String shownPaymentNo;

    QrPanel() {
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.START);
        countdown.setId("countdown");
    }

    /** Shows the attempt's QR code (rebuilt only when the attempt changed) and restarts the countdown. */
    void show(PaymentAttemptView attempt, Instant now) {
        if (!attempt.paymentNo().equals(shownPaymentNo)) {
            removeAll();
            QrCodeImage image = new QrCodeImage(attempt.qrContent(), getTranslation("order.pay.qr-alt"));
            image.setId("qr-image");
            Anchor link = new Anchor(attempt.qrContent(), getTranslation("order.pay.qr-link"));
            link.setId("qr-link");
            link.setTarget(AnchorTarget.BLANK);
            add(image, link, countdown);
            shownPaymentNo = attempt.paymentNo();
        }
        startCountdown(attempt.expiresAt(), now);
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }

    private void startCountdown(Instant expiresAt, Instant now) {
        long left = Math.max(0, Duration.between(now, expiresAt).toMillis());
        String pattern = getTranslation("order.pay.countdown", "{0}");
        String done = getTranslation("order.pay.countdown-expired");
        long s = left / 1000;
        countdown.setText(s > 0 ? pattern.replace("{0}", s / 60 + ":" + String.format("%02d", s % 60)) : done);
        countdown.getElement().executeJs(TICK, left, pattern, done);
    }
}
