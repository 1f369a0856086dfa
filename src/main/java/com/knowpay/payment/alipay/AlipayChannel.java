package com.knowpay.payment.alipay;

import com.alipay.api.domain.AlipayDataDataserviceBillDownloadurlQueryModel;
import com.alipay.api.domain.AlipayTradeCloseModel;
import com.alipay.api.domain.AlipayTradeFastpayRefundQueryModel;
import com.alipay.api.domain.AlipayTradePrecreateModel;
import com.alipay.api.domain.AlipayTradeQueryModel;
import com.alipay.api.domain.AlipayTradeRefundModel;
import com.alipay.api.request.AlipayDataDataserviceBillDownloadurlQueryRequest;
import com.alipay.api.request.AlipayTradeCloseRequest;
import com.alipay.api.request.AlipayTradeFastpayRefundQueryRequest;
import com.alipay.api.request.AlipayTradePrecreateRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.response.AlipayTradeFastpayRefundQueryResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
import com.alipay.api.response.AlipayTradeRefundResponse;
import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelException;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.CloseOutcome;
import com.knowpay.payment.CreatePayment;
import com.knowpay.payment.NotificationRequest;
import com.knowpay.payment.PaymentChannel;
import com.knowpay.payment.ProviderTrade;
import com.knowpay.payment.QrPayment;
import com.knowpay.payment.RefundOutcome;
import com.knowpay.payment.ProviderRefundCall;
import com.knowpay.payment.TradeState;
import com.knowpay.payment.VerifiedNotification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Alipay 当面付: precreate a QR, query, close, refund, read the daily bill and verify async
 * notifications, all through the official SDK. Stateless and thread-safe.
 */
public class AlipayChannel implements PaymentChannel {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    private static final String TRADE_NOT_EXIST = "ACQ.TRADE_NOT_EXIST";
    private static final String TRADE_STATUS_ERROR = "ACQ.TRADE_STATUS_ERROR";
    private static final int SUBJECT_MAX = 256;

    private final AlipayAccount account;
    private final AlipayGateway gateway;
    private final AlipayNotificationVerifier verifier;
    private final AlipayBillDownloader bills;

    AlipayChannel(AlipayAccount account, AlipayGateway gateway, AlipayBillDownloader bills) {
        this.account = account;
        this.gateway = gateway;
        this.verifier = new AlipayNotificationVerifier(account);
        this.bills = bills;
    }

    public static AlipayChannel create(AlipayAccount account) {
        return create(account, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    public static AlipayChannel create(AlipayAccount account, Duration connectTimeout, Duration readTimeout) {
        return new AlipayChannel(account, AlipayGateway.create(account, connectTimeout, readTimeout),
                new AlipayBillDownloader(connectTimeout, readTimeout));
    }

    @Override
    public ChannelType type() {
        return ChannelType.ALIPAY;
    }

    @Override
    public QrPayment createQrPayment(CreatePayment payment) {
        AlipayTradePrecreateModel model = new AlipayTradePrecreateModel();
        model.setOutTradeNo(payment.outTradeNo());
        model.setTotalAmount(AlipayAmounts.toYuan(payment.amount()));
        model.setSubject(truncate(payment.subject()));
        if (payment.expiresAt() != null) {
            model.setTimeExpire(AlipayTime.format(payment.expiresAt()));
        }
        model.setSellerId(account.sellerId());
        AlipayTradePrecreateRequest request = new AlipayTradePrecreateRequest();
        request.setBizModel(model);
        request.setNotifyUrl(account.notifyUrl());
        String qr = gateway.execute("precreate", request).getQrCode();
        if (qr == null || qr.isBlank()) {
            throw new ChannelException(ChannelType.ALIPAY, "NO_QR_CODE",
                    "Alipay accepted precreate of " + payment.outTradeNo() + " but sent no qr_code", true);
        }
        return new QrPayment(qr);
    }

    @Override
    public ProviderTrade query(String outTradeNo) {
        AlipayTradeQueryModel model = new AlipayTradeQueryModel();
        model.setOutTradeNo(outTradeNo);
        AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
        request.setBizModel(model);
        AlipayTradeQueryResponse response;
        try {
            response = gateway.execute("query", request);
        } catch (ChannelException e) {
            if (TRADE_NOT_EXIST.equals(e.providerCode())) {
                return ProviderTrade.notFound(outTradeNo);
            }
            throw e;
        }
        Instant paidAt = response.getSendPayDate() == null ? null : response.getSendPayDate().toInstant();
        TradeState state = AlipayTradeStates.fromQuery(response.getTradeStatus(), paidAt != null);
        return new ProviderTrade(outTradeNo, state, response.getTradeNo(),
                AlipayAmounts.fromYuan(response.getTotalAmount(), "total_amount"),
                state == TradeState.PAID || state == TradeState.REFUNDED ? paidAt : null);
    }

    @Override
    public CloseOutcome close(String outTradeNo) {
        AlipayTradeCloseModel model = new AlipayTradeCloseModel();
        model.setOutTradeNo(outTradeNo);
        AlipayTradeCloseRequest request = new AlipayTradeCloseRequest();
        request.setBizModel(model);
        try {
            gateway.execute("close", request);
            return CloseOutcome.CLOSED;
        } catch (ChannelException e) {
            if (TRADE_NOT_EXIST.equals(e.providerCode())) {
                return CloseOutcome.CLOSED;
            }
            if (TRADE_STATUS_ERROR.equals(e.providerCode())) {
                // paid in between, or closed already: the trade's own state says which
                return query(outTradeNo).isPaid() ? CloseOutcome.ALREADY_PAID : CloseOutcome.CLOSED;
            }
            throw e;
        }
    }

    @Override
    public VerifiedNotification verify(NotificationRequest request) {
        return verifier.verify(request);
    }

    @Override
    public RefundOutcome refund(ProviderRefundCall refund) {
        AlipayTradeRefundModel model = new AlipayTradeRefundModel();
        model.setOutTradeNo(refund.outTradeNo());
        model.setOutRequestNo(refund.outRefundNo());
        model.setRefundAmount(AlipayAmounts.toYuan(refund.refundAmount()));
        model.setRefundReason(refund.reason());
        AlipayTradeRefundRequest request = new AlipayTradeRefundRequest();
        request.setBizModel(model);
        AlipayTradeRefundResponse response = gateway.execute("refund", request);
        // code 10000 is the refund done; fund_change=N is the same refund asked again
        return new RefundOutcome(refund.outRefundNo(), RefundOutcome.Status.SUCCEEDED, response.getTradeNo(),
                refund.refundAmount(), "fund_change=" + response.getFundChange());
    }

    @Override
    public RefundOutcome queryRefund(String outTradeNo, String outRefundNo) {
        AlipayTradeFastpayRefundQueryModel model = new AlipayTradeFastpayRefundQueryModel();
        model.setOutTradeNo(outTradeNo);
        model.setOutRequestNo(outRefundNo);
        AlipayTradeFastpayRefundQueryRequest request = new AlipayTradeFastpayRefundQueryRequest();
        request.setBizModel(model);
        AlipayTradeFastpayRefundQueryResponse response;
        try {
            response = gateway.execute("refund query", request);
        } catch (ChannelException e) {
            if (TRADE_NOT_EXIST.equals(e.providerCode())) {
                return new RefundOutcome(outRefundNo, RefundOutcome.Status.NOT_FOUND, null, null, e.getMessage());
            }
            throw e;
        }
        if ("REFUND_SUCCESS".equals(response.getRefundStatus())) {
            return new RefundOutcome(outRefundNo, RefundOutcome.Status.SUCCEEDED, response.getTradeNo(),
                    AlipayAmounts.fromYuan(response.getRefundAmount(), "refund_amount"), "REFUND_SUCCESS");
        }
        // Alipay: no refund_status means the refund was not received or did not succeed; ask again with the same number
        return new RefundOutcome(outRefundNo, RefundOutcome.Status.NOT_FOUND, null, null,
                "Alipay has no successful refund " + outRefundNo + " of " + outTradeNo);
    }

    @Override
    public Bill fetchBill(LocalDate billDate) {
        AlipayDataDataserviceBillDownloadurlQueryModel model = new AlipayDataDataserviceBillDownloadurlQueryModel();
        model.setBillType("trade");
        model.setBillDate(billDate.toString());
        AlipayDataDataserviceBillDownloadurlQueryRequest request = new AlipayDataDataserviceBillDownloadurlQueryRequest();
        request.setBizModel(model);
        String url = gateway.execute("bill download url query", request).getBillDownloadUrl();
        List<Bill.Line> lines = AlipayBillReader.read(bills.download(url));
        return new Bill(ChannelType.ALIPAY, billDate, lines);
    }

    private static String truncate(String subject) {
        if (subject == null || subject.codePointCount(0, subject.length()) <= SUBJECT_MAX) {
            return subject;
        }
        return subject.substring(0, subject.offsetByCodePoints(0, SUBJECT_MAX));
    }

    @Override
    public String toString() {
        return "AlipayChannel[" + account + "]";
    }
}
