package com.knowpay.payment;

/**
 * Provider work that follows a recorded payment, published by {@link TradeIntake} once the recording
 * committed (outside any transaction, so no listener joins one) and run by {@link PaymentFollowUps}.
 */
sealed interface PaymentFollowUp {

    /** The order did not need the money: execute the automatic refund recorded with it. */
    record RefundUnneeded(String outRefundNo) implements PaymentFollowUp {
    }

    /** The order kept this payment: its other QR codes must not take money too. */
    record CloseOtherAttempts(String orderNo, String paidPaymentNo) implements PaymentFollowUp {
    }
}
