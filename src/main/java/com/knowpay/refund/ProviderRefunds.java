package com.knowpay.refund;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentRefunds;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.ProviderRefundCall;
import org.springframework.stereotype.Component;

/**
 * The provider calls the executor makes, behind a seam so tests can point the executor at the real
 * Alipay / WeChat channel objects talking to the fake gateways. In the application: the payment core.
 */
interface ProviderRefunds {

    RefundOutcome refund(ChannelType channel, ProviderRefundCall request);

    RefundOutcome queryRefund(ChannelType channel, String outTradeNo, String outRefundNo);

    @Component
    class ThroughPaymentCore implements ProviderRefunds {

        private final PaymentRefunds payments;

        ThroughPaymentCore(PaymentRefunds payments) {
            this.payments = payments;
        }

        @Override
        public RefundOutcome refund(ChannelType channel, ProviderRefundCall request) {
            return payments.refund(channel, request);
        }

        @Override
        public RefundOutcome queryRefund(ChannelType channel, String outTradeNo, String outRefundNo) {
            return payments.queryRefund(channel, outTradeNo, outRefundNo);
        }
    }
}
