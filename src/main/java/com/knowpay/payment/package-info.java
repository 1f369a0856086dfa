/**
 * Payments: attempts (one per QR shown), the notification inbox, the {@link com.knowpay.payment.PaymentChannel}
 * SPI with one implementation per provider ({@code alipay}, {@code wechat}, {@code sandbox} — the only
 * places that import a provider SDK), the timeout sweeper and active queries, and the execution of
 * every provider refund ({@link com.knowpay.payment.RefundExecution}, with a
 * {@link com.knowpay.payment.RefundBook} per owner: automatic refunds here, people's refunds in
 * {@code refund}). Background pools follow {@link com.knowpay.payment.PaymentExecutors}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments",
        allowedDependencies = {"shared"})
package com.knowpay.payment;
