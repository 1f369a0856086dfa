package com.knowpay.payment.wechat;

/** How settings show up in logs: ids by their last four characters, secrets never. */
final class Masked {

    private Masked() {
    }

    static String id(String value) {
        if (value == null || value.isBlank()) {
            return "<not set>";
        }
        return value.length() <= 4 ? "****" : "****" + value.substring(value.length() - 4);
    }

    static String secret(Object value) {
        return value == null || value.toString().isBlank() ? "<not set>" : "<set>";
    }
}
