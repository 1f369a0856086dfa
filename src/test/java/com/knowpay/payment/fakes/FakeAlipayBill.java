package com.knowpay.payment.fakes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Alipay's trade bill as it downloads: a zip (GBK file names) of two GBK CSV files, the detail
 * (业务明细) and the summary (业务明细(汇总)), with {@code #} comment lines, tab-padded values and
 * full-width parentheses in column names.
 */
final class FakeAlipayBill {

    private static final Charset GBK = Charset.forName("GBK");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String HEADER = "支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,"
            + "对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,"
            + "商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注";

    private FakeAlipayBill() {
    }

    static byte[] zip(String sellerId, LocalDate date, Collection<FakeAlipayTrade> trades) {
        String day = date.format(DateTimeFormatter.BASIC_ISO_DATE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, GBK)) {
            zip.putNextEntry(new ZipEntry(sellerId + "_" + day + "_业务明细(汇总).csv"));
            zip.write(summary(date).getBytes(GBK));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(sellerId + "_" + day + "_业务明细.csv"));
            zip.write(detail(sellerId, date, trades).getBytes(GBK));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String detail(String sellerId, LocalDate date, Collection<FakeAlipayTrade> trades) {
        StringBuilder csv = new StringBuilder()
                .append("#支付宝业务明细查询\r\n")
                .append("#账号：[").append(sellerId).append("0156]\r\n")
                .append("#起始日期：[").append(date).append(" 00:00:00]   终止日期：[").append(date.plusDays(1))
                .append(" 00:00:00]\r\n")
                .append("#-----------------------------------------业务明细列表----------------------------------------\r\n")
                .append(HEADER).append("\r\n");
        int payments = 0;
        int refunds = 0;
        for (FakeAlipayTrade trade : trades) {
            if (trade.paidAt != null && onDate(trade.paidAt, date)) {
                csv.append(row(trade, "交易", trade.total.toYuanString(), trade.total.toYuanString(), "", trade.paidAt));
                payments++;
            }
            for (FakeAlipayTrade.Refund refund : trade.refunds().values()) {
                if (onDate(refund.at(), date)) {
                    csv.append(row(trade, "退款", trade.total.toYuanString(), "-" + refund.amount().toYuanString(),
                            refund.outRequestNo(), refund.at()));
                    refunds++;
                }
            }
        }
        return csv.append("#-----------------------------------------业务明细列表结束------------------------------------\r\n")
                .append("#交易合计：").append(payments).append("笔\r\n")
                .append("#退款合计：").append(refunds).append("笔\r\n")
                .append("#导出时间：[").append(date.plusDays(1)).append(" 10:00:00]\r\n")
                .toString();
    }

    private static String row(FakeAlipayTrade trade, String type, String orderAmount, String received, String refundNo,
                              Instant finished) {
        String[] fields = {trade.tradeNo, trade.outTradeNo, type, trade.subject, TIME.format(trade.createdAt.atZone(ZONE)),
                TIME.format(finished.atZone(ZONE)), "", "", "", "", "buy***@example.com", orderAmount, received,
                "0.00", "0.00", "0.00", "0.00", "0.00", "", "0.00", "0.00", refundNo, "0.00", "0.00", ""};
        return String.join("\t,", fields) + "\t\r\n";
    }

    private static String summary(LocalDate date) {
        return "#支付宝业务汇总查询\r\n#起始日期：[" + date + " 00:00:00]\r\n"
                + "门店编号,门店名称,交易订单总笔数,退款订单总笔数,已收入金额（元）\r\n"
                + "合计,,0,0,0.00\r\n#导出时间：[" + date.plusDays(1) + " 10:00:00]\r\n";
    }

    private static boolean onDate(Instant instant, LocalDate date) {
        return instant.atZone(ZONE).toLocalDate().equals(date);
    }
}
