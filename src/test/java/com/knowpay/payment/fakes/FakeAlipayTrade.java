package com.knowpay.payment.fakes;

import com.knowpay.shared.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One trade as the fake Alipay keeps it. Status null = precreated, not scanned: "trade does not exist". */
public final class FakeAlipayTrade {

    public record Refund(String outRequestNo, Money amount, Instant at) {
    }

    final String outTradeNo;
    final Money total;
    final String subject;
    final String notifyUrl;
    final String qrCode;
    volatile String tradeNo;
    volatile String status;
    volatile Instant createdAt;
    volatile Instant paidAt;
    final Map<String, Refund> refunds = new LinkedHashMap<>();

    FakeAlipayTrade(String outTradeNo, Money total, String subject, String notifyUrl, String qrCode) {
        this.outTradeNo = outTradeNo;
        this.total = total;
        this.subject = subject;
        this.notifyUrl = notifyUrl;
        this.qrCode = qrCode;
    }

    public String outTradeNo() {
        return outTradeNo;
    }

    public String tradeNo() {
        return tradeNo;
    }

    public String status() {
        return status;
    }

    public Money total() {
        return total;
    }

    public String subject() {
        return subject;
    }

    public String notifyUrl() {
        return notifyUrl;
    }

    public String qrContentForTest() {
        return qrCode;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public synchronized Map<String, Refund> refunds() {
        return Map.copyOf(refunds);
    }

    synchronized Money refunded() {
        return refunds.values().stream().map(Refund::amount).reduce(Money.zero(), Money::plus);
    }

    boolean paid() {
        return "TRADE_SUCCESS".equals(status) || "TRADE_FINISHED".equals(status)
                || ("TRADE_CLOSED".equals(status) && paidAt != null);
    }
}
