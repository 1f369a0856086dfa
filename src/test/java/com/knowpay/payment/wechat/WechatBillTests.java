package com.knowpay.payment.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.fakes.FakeWechatPayServer;
import com.knowpay.shared.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The trade bill: signed bill query, signed download, gzip, SHA1 check, backtick CSV. */
class WechatBillTests {

    private static FakeWechatPayServer fake;
    private static WechatChannel channel;

    @BeforeAll
    static void start() {
        fake = new FakeWechatPayServer();
        channel = WechatFixtures.channel(fake);
    }

    @AfterAll
    static void stop() throws IOException {
        fake.close();
    }

    @BeforeEach
    void behave() {
        fake.corruptBillHash(false);
    }

    @Test
    void aDayWithoutTradesHasAnEmptyBill() {
        Bill bill = channel.fetchBill(LocalDate.of(2020, 1, 1));

        assertThat(bill.lines()).isEmpty();
        assertThat(bill.channel()).isEqualTo(ChannelType.WECHAT);
    }

    @Test
    void theDaysBillListsPaymentsAndRefunds() {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, 9900));
        fake.pay(no);
        channel.refund(new ProviderRefundCall(no, "RF" + no, Money.fen(990), Money.fen(9900), "部分退款"));
        fake.completeRefunds(no);

        Bill bill = channel.fetchBill(LocalDate.now(ZoneId.of("Asia/Shanghai")));

        List<Bill.Line> ours = bill.lines().stream().filter(l -> l.outTradeNo().equals(no)).toList();
        assertThat(ours).extracting(Bill.Line::type).containsExactlyInAnyOrder(Bill.LineType.PAYMENT,
                Bill.LineType.REFUND);
        Bill.Line payment = ours.stream().filter(l -> l.type() == Bill.LineType.PAYMENT).findFirst().orElseThrow();
        assertThat(payment.amount()).isEqualTo(Money.fen(9900));
        assertThat(payment.providerTradeNo()).isEqualTo(fake.trade(no).transactionId());
        assertThat(payment.subject()).isEqualTo("Java 并发编程实战 · 第一讲");
        Bill.Line refund = ours.stream().filter(l -> l.type() == Bill.LineType.REFUND).findFirst().orElseThrow();
        assertThat(refund.amount()).isEqualTo(Money.fen(990));
        assertThat(refund.outRefundNo()).isEqualTo("RF" + no);
    }

    @Test
    void aBillWhoseSha1DoesNotMatchIsRefused() {
        String no = WechatFixtures.outTradeNo();
        channel.createQrPayment(WechatFixtures.payment(no, 100));
        fake.pay(no);
        fake.corruptBillHash(true);

        assertThatThrownBy(() -> channel.fetchBill(LocalDate.now(ZoneId.of("Asia/Shanghai"))))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.providerCode()).isEqualTo("BILL_HASH_MISMATCH");
                    assertThat(e.getMessage()).contains("SHA1");
                });
    }

    @Test
    void anUncompressedBillIsReadToo() throws Exception {
        byte[] plain = """
                交易时间,公众账号ID,商户号,微信订单号,商户订单号,交易状态,应结订单金额,微信退款单号,商户退款单号,退款金额,商品名称,订单金额
                `2025-01-02 10:00:00,`wx1,`1900,`4200001,`KP1,`SUCCESS,`0.01,`0,`0,`0.00,`课程, 含逗号,`0.01
                总交易单数,应结订单总金额
                `1,`0.01
                """.getBytes(StandardCharsets.UTF_8);
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(plain));

        List<Bill.Line> lines = WechatBillReader.read(WechatBillReader.verifiedText(plain, "SHA1", sha1.toUpperCase()));

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.subject()).isEqualTo("课程, 含逗号");
            assertThat(line.amount()).isEqualTo(Money.fen(1));
            assertThat(line.time()).isEqualTo(java.time.Instant.parse("2025-01-02T02:00:00Z"));
        });
    }

    @Test
    void anInexactAmountIsRefused() {
        String csv = """
                交易时间,微信订单号,商户订单号,交易状态,订单金额
                `2025-01-02 10:00:00,`4200001,`KP1,`SUCCESS,`0.011
                """;

        assertThatThrownBy(() -> WechatBillReader.read(csv))
                .isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("line 2");
    }
}
