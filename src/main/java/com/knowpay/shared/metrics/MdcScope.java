package com.knowpay.shared.metrics;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.MDC;

/**
 * Puts business keys (orderNo, paymentNo, job) into the logging MDC for the duration of a piece of
 * work, so structured logs can be searched by them; restores what was there before. Only ever
 * identifiers: never amounts, keys or raw notifications.
 */
public final class MdcScope implements AutoCloseable {

    public static final String ORDER_NO = "orderNo";
    public static final String PAYMENT_NO = "paymentNo";
    public static final String JOB = "job";

    private final List<String> keys = new ArrayList<>();
    private final List<String> previous = new ArrayList<>();

    private MdcScope() {
    }

    public static MdcScope of(String key, String value) {
        return new MdcScope().and(key, value);
    }

    public MdcScope and(String key, String value) {
        if (value != null) {
            keys.add(key);
            previous.add(MDC.get(key));
            MDC.put(key, value);
        }
        return this;
    }

    @Override
    public void close() {
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (previous.get(i) == null) {
                MDC.remove(keys.get(i));
            } else {
                MDC.put(keys.get(i), previous.get(i));
            }
        }
    }
}
