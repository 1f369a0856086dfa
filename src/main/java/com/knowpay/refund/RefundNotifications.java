package com.knowpay.refund;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.payment.RefundOutcomeHandler;
import com.knowpay.payment.VerifiedNotification.RefundNotification;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** Refund notifications for refunds this module asked for, handed over by the payment intake. */
@Component
class RefundNotifications implements RefundOutcomeHandler {

    private final RefundTransitions transitions;

    RefundNotifications(RefundTransitions transitions) {
        this.transitions = transitions;
    }

    @Override
    public Optional<NotificationOutcome> onRefundNotification(ChannelType channel, RefundNotification n) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return transitions.notified(channel, n);
            } catch (ConcurrencyFailureException raced) {
                // The executor recorded the call's answer at the same moment; read again.
            } catch (DataAccessException e) {
                return Optional.of(NotificationOutcome.FAILED);
            }
        }
        return Optional.of(NotificationOutcome.FAILED);
    }
}
