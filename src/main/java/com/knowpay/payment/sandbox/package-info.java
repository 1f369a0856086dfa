/**
 * The embedded sandbox channel: a fake provider inside the app (its own trades table, its own RSA
 * key), a wallet page where "Pay" sends a signed notification over real HTTP to
 * {@code POST /api/sandbox/notify}, and the {@link com.knowpay.payment.PaymentChannel} that talks to
 * it exactly as the real channels talk to Alipay or WeChat Pay. Switched by
 * {@code knowpay.payment.sandbox.enabled}.
 */
package com.knowpay.payment.sandbox;
