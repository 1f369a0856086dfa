/**
 * WeChat Pay API v3 Native on the official {@code wechatpay-java} in public-key mode: the only
 * package that imports it. {@link com.knowpay.payment.wechat.WechatChannel} implements the payment
 * SPI; the notify endpoints hand payment and refund notifications to the payment core. Present
 * only when {@code knowpay.payment.wechat.enabled=true}.
 */
package com.knowpay.payment.wechat;
