package com.knowpay.payment;

import java.time.LocalDate;

/**
 * What the payment core needs from a provider. Implementations live in the channel's
 * sub-package and are the only code that speaks the provider's protocol. They are stateless
 * and never touch the database: the core records intent, calls, then records the outcome, so
 * no transaction is ever open across one of these calls.
 *
 * <p>Provider errors come back as {@link ChannelException}; "trade does not exist yet" is an
 * answer ({@link TradeState#NOT_FOUND}), not an error.
 */
public interface PaymentChannel {

    ChannelType type();

    /**
     * Its payments are test money (the sandbox outside the embedded demo): recorded, but never
     * creator earnings, payouts, dashboard revenue or reconciliation. See {@link TestMoney}.
     */
    default boolean testMoney() {
        return false;
    }

    /** Creates a QR payment at the provider; the returned content is what the QR encodes. */
    QrPayment createQrPayment(CreatePayment request);

    /** Asks the provider what happened to a trade (the "active query"). */
    ProviderTrade query(String outTradeNo);

    /**
     * Closes an unpaid trade. If the buyer paid in between, answers
     * {@link CloseOutcome#ALREADY_PAID} so the caller treats the trade as paid.
     */
    CloseOutcome close(String outTradeNo);

    /**
     * Verifies a notification (signature, decryption, our app/merchant id) and parses it.
     * Throws {@link NotificationRejectedException} when it does not verify; the caller then
     * answers the provider with its failure form.
     */
    VerifiedNotification verify(NotificationRequest request);

    /** Asks for a refund; same {@code outRefundNo} again is the same refund (idempotent at the provider). */
    RefundOutcome refund(ProviderRefundCall request);

    /** Asks the provider what happened to a refund. */
    RefundOutcome queryRefund(String outTradeNo, String outRefundNo);

    /** The provider's trade bill for a day (T+1), for reconciliation. */
    Bill fetchBill(LocalDate billDate);
}
