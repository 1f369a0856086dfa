package com.knowpay.payment;

import com.knowpay.payment.fakes.FakeAlipayGateway;
import com.knowpay.payment.fakes.FakeChannelProperties;
import com.knowpay.payment.fakes.FakeWechatPayServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the tests on Alipay and WeChat Pay pointed at the fakes (a second
 * context per class would cost a start-up each). The settlement hold is zero so a sale's creator
 * share is available at once and a refund's hold shows in "available".
 */
abstract class RealChannelsContext {

    static final FakeAlipayGateway ALIPAY = new FakeAlipayGateway();
    static final FakeWechatPayServer WECHAT = new FakeWechatPayServer();

    @DynamicPropertySource
    static void realChannels(DynamicPropertyRegistry p) {
        FakeChannelProperties.register(p, ALIPAY, WECHAT);
        p.add("knowpay.ledger.settlement-hold", () -> "PT0S");
    }
}
