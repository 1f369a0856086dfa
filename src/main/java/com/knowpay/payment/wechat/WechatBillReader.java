package com.knowpay.payment.wechat;

import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads WeChat Pay's trade bill (bill_type ALL): a UTF-8 CSV whose data fields each start with a
 * backtick, amounts in yuan, followed by a summary block. SUCCESS rows are payments, REFUND rows
 * refunds. The file is checked against the SHA1 {@code hash_value} first (of the unzipped bytes).
 */
final class WechatBillReader {

    private static final String TIME = "交易时间";
    private static final String TRANSACTION_ID = "微信订单号";
    private static final String OUT_TRADE_NO = "商户订单号";
    private static final String STATE = "交易状态";
    private static final String OUT_REFUND_NO = "商户退款单号";
    private static final String REFUND_AMOUNT = "退款金额";
    private static final String SUBJECT = "商品名称";
    private static final String ORDER_AMOUNT = "订单金额";
    private static final String SETTLED_AMOUNT = "应结订单金额";

    private WechatBillReader() {
    }

    /** Gunzips when the download is gzip (tar_type GZIP), then checks the SHA1. */
    static String verifiedText(byte[] download, String hashType, String sha1Hex) {
        byte[] plain = isGzip(download) ? gunzip(download) : download;
        if (hashType != null && !"SHA1".equalsIgnoreCase(hashType)) {
            throw new ChannelException(ChannelType.WECHAT, "BILL_HASH_TYPE",
                    "WeChat Pay's bill uses hash " + hashType + ", expected SHA1", false);
        }
        if (sha1Hex == null || !sha1Hex.equalsIgnoreCase(sha1(plain))) {
            throw new ChannelException(ChannelType.WECHAT, "BILL_HASH_MISMATCH",
                    "WeChat Pay's bill file does not match its SHA1 hash_value: download it again", true);
        }
        return new String(plain, StandardCharsets.UTF_8);
    }

    static List<Bill.Line> read(String csv) {
        List<Bill.Line> lines = new ArrayList<>();
        Map<String, Integer> columns = null;
        int lineNumber = 0;
        for (String raw : csv.split("\r?\n")) {
            lineNumber++;
            String line = raw.replace("\uFEFF", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (columns == null) {
                columns = header(line);
                continue;
            }
            if (!line.startsWith("`")) {
                break; // the summary block (总交易单数,…) follows the data rows
            }
            Bill.Line parsed = line(columns, List.of(line.substring(1).split(",`", -1)), lineNumber);
            if (parsed != null) {
                lines.add(parsed);
            }
        }
        return lines;
    }

    private static Map<String, Integer> header(String line) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = line.split(",", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].strip(), i);
        }
        if (!columns.containsKey(OUT_TRADE_NO) || !columns.containsKey(STATE)) {
            throw new ChannelException(ChannelType.WECHAT, "BILL_UNREADABLE",
                    "WeChat Pay's bill does not start with the expected header (商户订单号, 交易状态…)", false);
        }
        return columns;
    }

    private static Bill.Line line(Map<String, Integer> columns, List<String> fields, int lineNumber) {
        String state = field(columns, fields, STATE);
        boolean refund = "REFUND".equals(state);
        if (!refund && !"SUCCESS".equals(state)) {
            return null;
        }
        try {
            String orderAmount = field(columns, fields, ORDER_AMOUNT);
            Money amount = Money.ofYuan(refund ? field(columns, fields, REFUND_AMOUNT)
                    : orderAmount.isEmpty() ? field(columns, fields, SETTLED_AMOUNT) : orderAmount);
            String outRefundNo = field(columns, fields, OUT_REFUND_NO);
            return new Bill.Line(refund ? Bill.LineType.REFUND : Bill.LineType.PAYMENT,
                    field(columns, fields, OUT_TRADE_NO), field(columns, fields, TRANSACTION_ID),
                    refund && !outRefundNo.isEmpty() ? outRefundNo : null, amount,
                    WechatTime.parseBill(field(columns, fields, TIME)), field(columns, fields, SUBJECT));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ChannelException(ChannelType.WECHAT, "BILL_UNREADABLE", "WeChat Pay's bill line " + lineNumber
                    + " has an amount or time that cannot be read exactly: " + e.getMessage(), false, e);
        }
    }

    private static String field(Map<String, Integer> columns, List<String> fields, String name) {
        Integer index = columns.get(name);
        return index == null || index >= fields.size() ? "" : fields.get(index).strip();
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ChannelException(ChannelType.WECHAT, "BILL_UNREADABLE",
                    "WeChat Pay's gzip bill cannot be unzipped: download it again", true, e);
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
