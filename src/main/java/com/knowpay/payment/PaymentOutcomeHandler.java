package com.knowpay.payment;

/**
 * Implemented by the order module (order depends on payment, never the reverse). The payment
 * core calls it inside the transaction that records a verified payment, so the order's change
 * and the payment's are committed together or not at all.
 */
public interface PaymentOutcomeHandler {

    /**
     * Money arrived for an attempt of this order. Must not call a provider. Throwing rolls the whole
     * recording back (the provider retries).
     *
     * @return whether the order kept the money or it must go back to the payer
     */
    Decision onPaymentSucceeded(PaymentSucceeded payment);

    enum Decision {
        /** The order is paid by this money. */
        ACCEPTED,
        /** The order does not need it (paid by another attempt, or cancelled for good): refund it automatically. */
        REFUND
    }
}
