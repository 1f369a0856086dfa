package com.knowpay.refund.ui;

import com.knowpay.refund.RefundPolicy;
import com.knowpay.refund.RefundStatus;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.Component;

/** Texts shared by the refund screens. */
final class RefundTexts {

    private RefundTexts() {
    }

    static String status(Component c, RefundStatus status) {
        return c.getTranslation("refund.status." + status);
    }

    /** "Refundable within 7 days of payment (until …); ¥99.00 can still be refunded." */
    static String policy(Component c, RefundPolicy p) {
        String kind = p.kind() == null ? "" : c.getTranslation("refund.kind." + p.kind());
        String until = p.refundableUntil() == null ? "—" : UserTime.format(p.refundableUntil());
        return c.getTranslation("refund.policy.text", kind, p.windowDays(), until, p.refundable().format());
    }
}
