package com.knowpay.analytics;

import java.math.BigDecimal;

/** CSV lines for the exports: amounts in yuan with two decimals, text quoted when needed. */
final class Csv {

    static final String COLUMNS = "orders_started,orders_paid,conversion,gross_yuan,refunds_yuan,refund_count,"
            + "commission_yuan,net_yuan\r\n";
    static final String HEADER_PERIOD = "period_start," + COLUMNS;
    static final String HEADER_COURSE = "course_id,course_title," + COLUMNS;

    private Csv() {
    }

    static String row(String key, SalesFigures f) {
        return key + "," + f.ordersStarted() + "," + f.ordersPaid() + "," + String.format(java.util.Locale.ROOT, "%.4f",
                f.conversion()) + "," + yuan(f.grossFen()) + "," + yuan(f.refundsFen()) + "," + f.refundCount() + ","
                + yuan(f.commissionFen()) + "," + yuan(f.netFen()) + "\r\n";
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** Quotes always; doubles inner quotes; a leading = + - @ is neutralised (spreadsheet formula injection). */
    static String quote(String text) {
        String t = text == null ? "" : text;
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        return "\"" + t.replace("\"", "\"\"") + "\"";
    }
}
