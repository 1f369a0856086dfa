package com.knowpay.payment.alipay;

import com.knowpay.payment.CreatePayment;
import com.knowpay.payment.fakes.FakeAlipayGateway;
import com.knowpay.payment.fakes.TestKeys;
import com.knowpay.shared.Money;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Settings and channels wired to a {@link FakeAlipayGateway} with this run's generated keys. */
final class AlipayFixtures {

    static final String NOTIFY_URL = "https://pay.example.com/api/pay/notify/alipay";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    private AlipayFixtures() {
    }

    static AlipaySettings settings(FakeAlipayGateway fake) {
        return new AlipaySettings(true, FakeAlipayGateway.APP_ID, FakeAlipayGateway.SELLER_ID,
                TestKeys.ALIPAY_APP.privateBase64(), null, TestKeys.ALIPAY_PLATFORM.publicBase64(), null,
                URI.create(fake.gatewayUrl()), NOTIFY_URL);
    }

    /** Short timeouts so that "never answers" fails fast. */
    static AlipayChannel channel(FakeAlipayGateway fake) {
        return AlipayChannel.create(settings(fake).resolve(), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    static String outTradeNo() {
        return "KPA" + SEQUENCE.incrementAndGet();
    }

    static CreatePayment payment(String outTradeNo, String yuan) {
        return new CreatePayment(outTradeNo, Money.ofYuan(yuan), "Java 并发编程实战 · 第一讲", Instant.now().plusSeconds(900));
    }
}
