package com.knowpay.payment.wechat;

import com.knowpay.payment.CreatePayment;
import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.fakes.FakeWechatPayServer;

/** The real WeChat Pay channel wired to a fake server, for tests in other packages (reconciliation). */
public final class WechatTestChannels {

    private WechatTestChannels() {
    }

    public static PaymentChannel channel(FakeWechatPayServer fake) {
        return WechatFixtures.channel(fake);
    }

    public static String outTradeNo() {
        return WechatFixtures.outTradeNo();
    }

    public static CreatePayment payment(String outTradeNo, long fen) {
        return WechatFixtures.payment(outTradeNo, fen);
    }
}
