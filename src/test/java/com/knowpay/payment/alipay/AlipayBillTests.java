package com.knowpay.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.fakes.FakeAlipayGateway;
import com.knowpay.shared.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trade bill: downloaded zip, GBK CSV with Chinese subjects, comments and tab padding. */
class AlipayBillTests {

    private static FakeAlipayGateway fake;
    private static AlipayChannel channel;

    @BeforeAll
    static void start() {
        fake = new FakeAlipayGateway();
        channel = AlipayFixtures.channel(fake);
    }

    @AfterAll
    static void stop() throws IOException {
        fake.close();
    }

    @Test
    void theDaysBillListsPaymentsAndRefundsWithChineseSubjects() {
        String paid = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(paid, "99.00"));
        fake.pay(paid);
        channel.refund(new ProviderRefundCall(paid, "RF" + paid, Money.ofYuan("9.90"), Money.ofYuan("99.00"), "部分退款"));
        String unpaid = AlipayFixtures.outTradeNo();
        channel.createQrPayment(AlipayFixtures.payment(unpaid, "5.00"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        Bill bill = channel.fetchBill(today);

        assertThat(bill.channel()).isEqualTo(ChannelType.ALIPAY);
        assertThat(bill.date()).isEqualTo(today);
        List<Bill.Line> ours = bill.lines().stream().filter(l -> l.outTradeNo().equals(paid)).toList();
        assertThat(ours).hasSize(2);
        Bill.Line payment = ours.stream().filter(l -> l.type() == Bill.LineType.PAYMENT).findFirst().orElseThrow();
        assertThat(payment.amount()).isEqualTo(Money.fen(9900));
        assertThat(payment.subject()).isEqualTo("Java 并发编程实战 · 第一讲");
        assertThat(payment.providerTradeNo()).isEqualTo(fake.trade(paid).tradeNo());
        assertThat(payment.outRefundNo()).isNull();
        assertThat(payment.time()).isEqualTo(fake.trade(paid).paidAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Bill.Line refund = ours.stream().filter(l -> l.type() == Bill.LineType.REFUND).findFirst().orElseThrow();
        assertThat(refund.amount()).isEqualTo(Money.fen(990));
        assertThat(refund.outRefundNo()).isEqualTo("RF" + paid);
        assertThat(bill.lines()).noneMatch(l -> l.outTradeNo().equals(unpaid));
    }

    @Test
    void theDetailParserSkipsCommentsAndReadsFullWidthColumnNames() {
        String csv = """
                #支付宝业务明细查询
                #-----------------------------------------业务明细列表----------------------------------------
                支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,订单金额（元）,商家实收（元）,退款批次号/请求号
                2025000001\t,KP1\t,交易\t,"Spring, 实战"\t,2025-01-02 09:59:00\t,2025-01-02 10:00:00\t,0.01\t,0.01\t,\t
                #交易合计：1笔
                """;

        List<Bill.Line> lines = AlipayBillReader.readDetail(csv);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.subject()).isEqualTo("Spring, 实战");
            assertThat(line.amount()).isEqualTo(Money.fen(1));
            assertThat(line.time()).isEqualTo(java.time.Instant.parse("2025-01-02T02:00:00Z"));
        });
    }

    @Test
    void anInexactAmountInTheBillIsRefused() {
        String csv = """
                支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,订单金额（元）,商家实收（元）,退款批次号/请求号
                2025000001,KP1,交易,课,2025-01-02 09:59:00,2025-01-02 10:00:00,0.011,0.011,
                """;

        assertThatThrownBy(() -> AlipayBillReader.readDetail(csv))
                .isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("line 2");
    }

    @Test
    void aZipWithoutADetailFileIsRefused() {
        assertThatThrownBy(() -> AlipayBillReader.read(new byte[] {0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0}))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("no detail file");
    }
}
