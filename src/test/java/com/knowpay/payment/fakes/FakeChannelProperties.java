package com.knowpay.payment.fakes;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Alipay and WeChat Pay switched on in a Spring test and pointed at the fakes, with their test keys. */
public final class FakeChannelProperties {

    private FakeChannelProperties() {
    }

    public static void register(DynamicPropertyRegistry p, FakeAlipayGateway alipay, FakeWechatPayServer wechat) {
        p.add("knowpay.payment.alipay.enabled", () -> "true");
        p.add("knowpay.payment.alipay.app-id", () -> FakeAlipayGateway.APP_ID);
        p.add("knowpay.payment.alipay.seller-id", () -> FakeAlipayGateway.SELLER_ID);
        p.add("knowpay.payment.alipay.private-key", TestKeys.ALIPAY_APP::privateBase64);
        p.add("knowpay.payment.alipay.alipay-public-key", TestKeys.ALIPAY_PLATFORM::publicBase64);
        p.add("knowpay.payment.alipay.gateway-url", alipay::gatewayUrl);
        p.add("knowpay.payment.alipay.notify-url", () -> "https://pay.example.com/api/pay/notify/alipay");
        p.add("knowpay.payment.wechat.enabled", () -> "true");
        p.add("knowpay.payment.wechat.mch-id", () -> FakeWechatPayServer.MCH_ID);
        p.add("knowpay.payment.wechat.app-id", () -> FakeWechatPayServer.APP_ID);
        p.add("knowpay.payment.wechat.merchant-serial-number", () -> FakeWechatPayServer.MERCHANT_SERIAL);
        p.add("knowpay.payment.wechat.private-key", TestKeys.WECHAT_MERCHANT::privatePem);
        p.add("knowpay.payment.wechat.api-v3-key", () -> FakeWechatPayServer.API_V3_KEY);
        p.add("knowpay.payment.wechat.public-key", TestKeys.WECHAT_PLATFORM::publicPem);
        p.add("knowpay.payment.wechat.public-key-id", () -> FakeWechatPayServer.PUBLIC_KEY_ID);
        p.add("knowpay.payment.wechat.base-url", wechat::baseUrl);
        p.add("knowpay.payment.wechat.notify-url", () -> "https://pay.example.com/api/pay/notify/wechat");
    }
}
