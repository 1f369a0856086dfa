package com.knowpay.payment;

import com.knowpay.shared.Money;

/**
 * What a channel sends to its provider to refund (part of) a trade. Not to be confused with the
 * refund module's {@code RefundRequest}, the workflow entity a person asks for.
 *
 * @param outRefundNo our refund number ({@code out_request_no} / {@code out_refund_no}); the same
 *                    number again is the same refund
 * @param total       what the original trade was paid (WeChat needs it)
 */
public record ProviderRefundCall(String outTradeNo, String outRefundNo, Money refundAmount, Money total, String reason) {
}
