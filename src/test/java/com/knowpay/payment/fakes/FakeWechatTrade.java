package com.knowpay.payment.fakes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One Native order as the fake WeChat Pay keeps it, with its refunds. */
public final class FakeWechatTrade {

    /** A refund of the trade; PROCESSING until completed. */
    public static final class Refund {
        final String outRefundNo;
        final String refundId;
        final long refund;
        final String notifyUrl;
        final Instant createdAt;
        volatile String status = "PROCESSING";
        volatile Instant successTime;

        Refund(String outRefundNo, String refundId, long refund, String notifyUrl, Instant createdAt) {
            this.outRefundNo = outRefundNo;
            this.refundId = refundId;
            this.refund = refund;
            this.notifyUrl = notifyUrl;
            this.createdAt = createdAt;
        }

        public String status() {
            return status;
        }

        public String refundId() {
            return refundId;
        }

        public String notifyUrl() {
            return notifyUrl;
        }
    }

    final String outTradeNo;
    final String appId;
    final String description;
    final long total;
    final String notifyUrl;
    final String timeExpire;
    final String codeUrl;
    final Instant createdAt = Instant.now();
    volatile String tradeState = "NOTPAY";
    volatile String transactionId;
    volatile Instant successTime;
    final Map<String, Refund> refunds = new LinkedHashMap<>();

    FakeWechatTrade(String outTradeNo, String appId, String description, long total, String notifyUrl, String timeExpire,
                    String codeUrl) {
        this.outTradeNo = outTradeNo;
        this.appId = appId;
        this.description = description;
        this.total = total;
        this.notifyUrl = notifyUrl;
        this.timeExpire = timeExpire;
        this.codeUrl = codeUrl;
    }

    public String tradeState() {
        return tradeState;
    }

    public String transactionId() {
        return transactionId;
    }

    public long total() {
        return total;
    }

    public String codeUrl() {
        return codeUrl;
    }

    public String notifyUrl() {
        return notifyUrl;
    }

    public String timeExpire() {
        return timeExpire;
    }

    public String description() {
        return description;
    }

    public Instant successTime() {
        return successTime;
    }

    public synchronized Map<String, Refund> refunds() {
        return Map.copyOf(refunds);
    }

    synchronized long refunded() {
        return refunds.values().stream().mapToLong(r -> r.refund).sum();
    }

    boolean paid() {
        return "SUCCESS".equals(tradeState) || "REFUND".equals(tradeState);
    }
}
