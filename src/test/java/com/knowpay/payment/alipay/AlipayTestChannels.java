package com.knowpay.payment.alipay;

import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.fakes.FakeAlipayGateway;

/** The real Alipay channel wired to a fake gateway, for tests in other packages (reconciliation). */
public final class AlipayTestChannels {

    private AlipayTestChannels() {
    }

    public static PaymentChannel channel(FakeAlipayGateway fake) {
        return AlipayFixtures.channel(fake);
    }

    public static String outTradeNo() {
        return AlipayFixtures.outTradeNo();
    }

    /** A payment with a Chinese subject, as the bill's GBK text will carry it. */
    public static com.knowpay.payment.CreatePayment payment(String outTradeNo, String yuan) {
        return AlipayFixtures.payment(outTradeNo, yuan);
    }
}
