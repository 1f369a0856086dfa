/**
 * Payments: attempts (one per QR shown), the notification inbox, the {@link com.knowpay.payment.PaymentChannel}
 * SPI with one implementation per provider ({@code alipay}, {@code wechat}, {@code sandbox} — the only
 * places that import a provider SDK), the timeout sweeper and active queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package com.knowpay.payment;
