package com.knowpay.payment.alipay;

import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads Alipay's trade bill: a zip of GBK CSV files, of which the detail file (业务明细) lists one
 * row per payment (业务类型 交易) or refund (退款). Lines starting with {@code #} are comments;
 * values are padded with tabs; column names use full-width parentheses.
 */
final class AlipayBillReader {

    static final Charset GBK = Charset.forName("GBK");
    private static final String TRADE_NO = "支付宝交易号";
    private static final String OUT_TRADE_NO = "商户订单号";
    private static final String TYPE = "业务类型";
    private static final String SUBJECT = "商品名称";
    private static final String CREATED = "创建时间";
    private static final String FINISHED = "完成时间";
    private static final String ORDER_AMOUNT = "订单金额(元)";
    private static final String RECEIVED = "商家实收(元)";
    private static final String REFUND_NO = "退款批次号/请求号";

    private AlipayBillReader() {
    }

    static List<Bill.Line> read(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), GBK)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                List<Bill.Line> lines = readDetail(new String(in.readAllBytes(), GBK));
                if (lines != null) {
                    return lines;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ChannelException(ChannelType.ALIPAY, "BILL_UNREADABLE",
                    "Alipay's bill file is not a readable zip (" + e.getClass().getSimpleName() + ")", true, e);
        }
        throw new ChannelException(ChannelType.ALIPAY, "BILL_UNREADABLE",
                "Alipay's bill zip holds no detail file (业务明细)", false);
    }

    /** @return the lines of a detail file, or null when this CSV is not one (the summary file) */
    static List<Bill.Line> readDetail(String csv) {
        Map<String, Integer> columns = null;
        List<Bill.Line> lines = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : csv.split("\r?\n")) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = CsvLine.split(line);
            if (columns == null) {
                columns = header(fields);
                if (!columns.containsKey(TRADE_NO) || !columns.containsKey(TYPE)) {
                    return null;
                }
                continue;
            }
            Bill.Line parsed = line(columns, fields, lineNumber);
            if (parsed != null) {
                lines.add(parsed);
            }
        }
        return columns == null ? null : lines;
    }

    private static Map<String, Integer> header(List<String> fields) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).replace('（', '(').replace('）', ')').replace(" ", "");
            columns.put(name, i);
        }
        return columns;
    }

    private static Bill.Line line(Map<String, Integer> columns, List<String> fields, int lineNumber) {
        String type = field(columns, fields, TYPE);
        boolean refund = type.startsWith("退款");
        if (!refund && !type.equals("交易")) {
            return null;
        }
        try {
            Money amount = refund ? absolute(field(columns, fields, RECEIVED))
                    : absolute(field(columns, fields, ORDER_AMOUNT));
            String finished = field(columns, fields, FINISHED);
            Instant time = AlipayTime.parse(finished.isEmpty() ? field(columns, fields, CREATED) : finished);
            return new Bill.Line(refund ? Bill.LineType.REFUND : Bill.LineType.PAYMENT,
                    field(columns, fields, OUT_TRADE_NO), field(columns, fields, TRADE_NO),
                    refund ? emptyToNull(field(columns, fields, REFUND_NO)) : null, amount, time,
                    field(columns, fields, SUBJECT));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ChannelException(ChannelType.ALIPAY, "BILL_UNREADABLE",
                    "Alipay's bill line " + lineNumber + " has an amount or time that cannot be read exactly: "
                            + e.getMessage(), false, e);
        }
    }

    private static Money absolute(String yuan) {
        return Money.ofYuan(yuan.startsWith("-") ? yuan.substring(1) : yuan);
    }

    private static String field(Map<String, Integer> columns, List<String> fields, String name) {
        Integer index = columns.get(name);
        return index == null || index >= fields.size() ? "" : fields.get(index);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
