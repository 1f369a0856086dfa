package com.knowpay.payment;

/** @param qrContent what the QR code encodes (Alipay {@code qr_code}, WeChat {@code code_url}, sandbox wallet URL) */
public record QrPayment(String qrContent) {
}
