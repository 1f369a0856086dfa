package com.knowpay.payment;

import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import java.util.Optional;

/**
 * Implemented by the refund module (refund depends on payment, never the reverse). The intake
 * hands it every verified refund notification whose refund number is not one of the payment
 * core's automatic refunds.
 */
public interface RefundOutcomeHandler {

    /**
     * Applies a verified refund notification. Must not call a provider.
     *
     * @return empty when the refund number is not the handler's (a security event); FAILED when it
     * cannot be applied yet (e.g. the refund row is not committed) so the provider retries
     */
    Optional<NotificationOutcome> onRefundNotification(ChannelType channel, VerifiedNotification.RefundNotification n);
}
