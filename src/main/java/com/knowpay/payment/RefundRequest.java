package com.knowpay.payment;

import com.knowpay.shared.Money;

/**
 * @param outRefundNo our refund number ({@code out_request_no} / {@code out_refund_no}); the same
 *                    number again is the same refund
 * @param total       what the original trade was paid (WeChat needs it)
 */
public record RefundRequest(String outTradeNo, String outRefundNo, Money refundAmount, Money total, String reason) {
}
