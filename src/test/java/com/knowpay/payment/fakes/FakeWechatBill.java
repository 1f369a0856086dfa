package com.knowpay.payment.fakes;

import com.knowpay.shared.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * WeChat Pay's trade bill (bill_type ALL) as it downloads: UTF-8 CSV, a plain header, data fields
 * each prefixed with a backtick, amounts in yuan, then a summary block.
 */
final class FakeWechatBill {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String HEADER = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,"
            + "货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,"
            + "手续费,费率,订单金额,申请退款金额,费率备注";

    private FakeWechatBill() {
    }

    /** @return null when nothing happened that day (WeChat Pay answers NO_STATEMENT_EXIST) */
    static String csv(String mchId, LocalDate date, Collection<FakeWechatTrade> trades) {
        StringBuilder rows = new StringBuilder();
        int count = 0;
        long paid = 0;
        long refunded = 0;
        for (FakeWechatTrade trade : trades) {
            if (trade.successTime != null && onDate(trade.successTime, date)) {
                rows.append(row(mchId, trade, trade.successTime, "SUCCESS", "", "", 0, "")).append("\r\n");
                count++;
                paid += trade.total;
            }
            for (FakeWechatTrade.Refund refund : trade.refunds().values()) {
                if (refund.successTime != null && onDate(refund.successTime, date)) {
                    rows.append(row(mchId, trade, refund.successTime, "REFUND", refund.refundId, refund.outRefundNo,
                            refund.refund, "SUCCESS")).append("\r\n");
                    count++;
                    refunded += refund.refund;
                }
            }
        }
        if (count == 0) {
            return null;
        }
        return HEADER + "\r\n" + rows
                + "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\r\n"
                + "`" + count + ",`" + yuan(paid) + ",`" + yuan(refunded) + ",`0.00,`0.00000,`" + yuan(paid) + ",`"
                + yuan(refunded) + "\r\n";
    }

    private static String row(String mchId, FakeWechatTrade trade, Instant time, String state, String refundId,
                              String outRefundNo, long refund, String refundStatus) {
        String[] fields = {TIME.format(time.atZone(ZONE)), trade.appId, mchId, "0", "", trade.transactionId,
                trade.outTradeNo, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "NATIVE", state, "OTHERS", "CNY", yuan(trade.total),
                "0.00", refundId, outRefundNo, yuan(refund), "0.00", refundId.isEmpty() ? "" : "ORIGINAL", refundStatus,
                trade.description, "", "0.00000", "0.60%", yuan(trade.total), yuan(refund), ""};
        return "`" + String.join(",`", fields);
    }

    private static String yuan(long fen) {
        return Money.fen(fen).toYuanString();
    }

    private static boolean onDate(Instant instant, LocalDate date) {
        return instant.atZone(ZONE).toLocalDate().equals(date);
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
