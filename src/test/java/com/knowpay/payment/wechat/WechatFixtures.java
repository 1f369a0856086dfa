package com.knowpay.payment.wechat;

import com.knowpay.payment.CreatePayment;
import com.knowpay.payment.fakes.FakeWechatPayServer;
import com.knowpay.payment.fakes.TestKeys;
import com.knowpay.shared.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Settings and channels wired to a {@link FakeWechatPayServer} with this run's generated keys. */
final class WechatFixtures {

    static final String NOTIFY_URL = "https://pay.example.com/api/pay/notify/wechat";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private WechatFixtures() {
    }

    static WechatSettings settings(FakeWechatPayServer fake) {
        return new WechatSettings(true, FakeWechatPayServer.MCH_ID, FakeWechatPayServer.APP_ID,
                FakeWechatPayServer.MERCHANT_SERIAL, TestKeys.WECHAT_MERCHANT.privatePem(), null,
                FakeWechatPayServer.API_V3_KEY, null, TestKeys.WECHAT_PLATFORM.publicPem(), null,
                FakeWechatPayServer.PUBLIC_KEY_ID, URI.create(fake.baseUrl()), NOTIFY_URL);
    }

    /** Short timeouts so that "never answers" fails fast. */
    static WechatChannel channel(FakeWechatPayServer fake, Clock clock) {
        return WechatChannel.create(settings(fake).resolve(), clock, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    static WechatChannel channel(FakeWechatPayServer fake) {
        return channel(fake, Clock.systemUTC());
    }

    static String outTradeNo() {
        return "KPW" + SEQUENCE.incrementAndGet();
    }

    static CreatePayment payment(String outTradeNo, long fen) {
        return new CreatePayment(outTradeNo, Money.fen(fen), "Java 并发编程实战 · 第一讲", Instant.now().plusSeconds(900));
    }
}
