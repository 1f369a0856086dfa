/**
 * Alipay 当面付 (QR) on the official {@code alipay-sdk-java}: the only package that imports it.
 * {@link com.knowpay.payment.alipay.AlipayChannel} implements the payment SPI; the notify endpoint
 * hands notifications to the payment core. Present only when {@code knowpay.payment.alipay.enabled=true}.
 */
package com.knowpay.payment.alipay;
