package com.knowpay.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.order.OrderRecord;
import com.knowpay.order.OrderStatus;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.PaymentRecords.PaymentRecord;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.alipay.AlipayTestChannels;
import com.knowpay.payment.fakes.FakeAlipayGateway;
import com.knowpay.payment.fakes.FakeWechatPayServer;
import com.knowpay.payment.wechat.WechatTestChannels;
import com.knowpay.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real-format bills fetched through the real provider SDKs from the fake gateways (Alipay: zip of
 * GBK CSV with Chinese subjects; WeChat: gzip checked by SHA1) parse and match against our records.
 */
class ProviderBillMatchingTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void anAlipayGbkBillWithChineseSubjectsMatches() throws Exception {
        try (FakeAlipayGateway fake = new FakeAlipayGateway()) {
            PaymentChannel channel = AlipayTestChannels.channel(fake);
            String matched = AlipayTestChannels.outTradeNo();
            channel.createQrPayment(AlipayTestChannels.payment(matched, "99.00"));
            fake.pay(matched);
            channel.refund(new ProviderRefundCall(matched, "RF" + matched, Money.ofYuan("99.00"), Money.ofYuan("99.00"), "退款"));
            String unknown = AlipayTestChannels.outTradeNo();
            channel.createQrPayment(AlipayTestChannels.payment(unknown, "5.00"));
            fake.pay(unknown);

            Bill bill = channel.fetchBill(TODAY);

            assertThat(bill.lines()).anyMatch(l -> l.outTradeNo().equals(matched) && "Java 并发编程实战 · 第一讲".equals(l.subject()));
            List<Finding> findings = ours(Matcher.match(bill, book(ChannelType.ALIPAY, bill, matched, 9900), n -> { }),
                    matched, unknown);
            assertThat(findings).extracting(Finding::type, Finding::reference)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(MismatchType.MISSING_LOCALLY, unknown));
        }
    }

    @Test
    void aWechatBillMatchesAndFindsAnAmountMismatch() throws Exception {
        try (FakeWechatPayServer fake = new FakeWechatPayServer()) {
            PaymentChannel channel = WechatTestChannels.channel(fake);
            String matched = WechatTestChannels.outTradeNo();
            channel.createQrPayment(WechatTestChannels.payment(matched, 9900));
            fake.pay(matched);
            channel.refund(new ProviderRefundCall(matched, "RF" + matched, Money.fen(9900), Money.fen(9900), "退款"));
            fake.completeRefunds(matched);
            String differs = WechatTestChannels.outTradeNo();
            channel.createQrPayment(WechatTestChannels.payment(differs, 500));
            fake.pay(differs);

            Bill bill = channel.fetchBill(TODAY);

            LocalBook book = book(ChannelType.WECHAT, bill, matched, 9900);
            PaymentRecord wrong = new PaymentRecord(differs, "O" + differs, ChannelType.WECHAT, Money.fen(400),
                    AttemptStatus.SUCCEEDED, "T", Instant.now());
            book.attempts().put(differs, wrong);
            book.orders().put(wrong.orderNo(), paidOrder(wrong));
            List<Finding> findings = ours(Matcher.match(bill, book, n -> { }), matched, differs);
            assertThat(findings).extracting(Finding::type, Finding::reference)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(MismatchType.AMOUNT_MISMATCH, differs));
            assertThat(findings.get(0).providerAmount()).isEqualTo(Money.fen(500));
            assertThat(findings.get(0).localAmount()).isEqualTo(Money.fen(400));
        }
    }

    /** Our records for {@code matched}: a kept payment of its order, then a completed full refund. */
    private static LocalBook book(ChannelType channel, Bill bill, String matched, long fen) {
        Bill.Line paid = bill.lines().stream().filter(l -> l.outTradeNo().equals(matched) && l.type() == Bill.LineType.PAYMENT)
                .findFirst().orElseThrow();
        PaymentRecord attempt = new PaymentRecord(matched, "O" + matched, channel, Money.fen(fen), AttemptStatus.SUCCEEDED,
                paid.providerTradeNo(), paid.time());
        Map<String, PaymentRecord> attempts = new HashMap<>(Map.of(matched, attempt));
        Map<String, OrderRecord> orders = new HashMap<>(Map.of(attempt.orderNo(), paidOrder(attempt)));
        LocalRefundRecord refund = new LocalRefundRecord("RF" + matched, attempt.orderNo(), matched, channel,
                Money.fen(fen), "SUCCEEDED", Instant.now());
        return new LocalBook(List.of(attempt), attempts, orders, List.of(refund), new HashMap<>(Map.of(refund.refundNo(), refund)));
    }

    private static OrderRecord paidOrder(PaymentRecord a) {
        return new OrderRecord(a.orderNo(), 1, 1, a.amount(), OrderStatus.PAID, null, a.paymentNo(), a.paidAt());
    }

    private static List<Finding> ours(List<Finding> all, String... refs) {
        List<String> mine = List.of(refs);
        return all.stream().filter(f -> mine.contains(f.reference()) || mine.contains(f.paymentNo())
                || f.refundNo() != null && mine.stream().anyMatch(r -> f.refundNo().endsWith(r))).toList();
    }

}
