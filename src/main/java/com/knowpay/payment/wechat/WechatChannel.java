package com.knowpay.payment.wechat;

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
import com.knowpay.shared.Money;
import com.wechat.pay.java.service.billdownload.model.BillType;
import com.wechat.pay.java.service.billdownload.model.GetTradeBillRequest;
import com.wechat.pay.java.service.billdownload.model.QueryBillEntity;
import com.wechat.pay.java.service.billdownload.model.TarType;
import com.wechat.pay.java.service.payments.model.Transaction;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.CloseOrderRequest;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;
import com.wechat.pay.java.service.refund.model.AmountReq;
import com.wechat.pay.java.service.refund.model.CreateRequest;
import com.wechat.pay.java.service.refund.model.QueryByOutRefundNoRequest;
import com.wechat.pay.java.service.refund.model.Refund;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * WeChat Pay API v3 Native: prepay a QR ({@code code_url}), query, close (query first), refund,
 * read the daily trade bill and verify payment and refund notifications, all through the
 * official SDK in public-key mode. Stateless and thread-safe.
 */
public class WechatChannel implements PaymentChannel {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Set<String> NOT_FOUND_CODES = Set.of("ORDER_NOT_EXIST", "RESOURCE_NOT_EXISTS");
    private static final int DESCRIPTION_MAX = 127;

    private final WechatAccount account;
    private final WechatClients clients;
    private final WechatNotificationVerifier verifier;

    WechatChannel(WechatAccount account, WechatClients clients, Clock clock) {
        this.account = account;
        this.clients = clients;
        this.verifier = new WechatNotificationVerifier(account, clients.notifications(), clock);
    }

    public static WechatChannel create(WechatAccount account, Clock clock) {
        return create(account, clock, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    public static WechatChannel create(WechatAccount account, Clock clock, Duration connectTimeout,
                                       Duration readTimeout) {
        return new WechatChannel(account, WechatClients.create(account, connectTimeout, readTimeout), clock);
    }

    @Override
    public ChannelType type() {
        return ChannelType.WECHAT;
    }

    @Override
    public QrPayment createQrPayment(CreatePayment payment) {
        Amount amount = new Amount();
        amount.setTotal(WechatAmounts.toFen(payment.amount()));
        amount.setCurrency(WechatAmounts.CNY);
        PrepayRequest request = new PrepayRequest();
        request.setAppid(account.appId());
        request.setMchid(account.mchId());
        request.setDescription(truncate(payment.subject()));
        request.setOutTradeNo(payment.outTradeNo());
        if (payment.expiresAt() != null) {
            request.setTimeExpire(WechatTime.format(payment.expiresAt()));
        }
        request.setNotifyUrl(account.notifyUrl());
        request.setAmount(amount);
        String codeUrl = WechatCalls.call("prepay", () -> clients.pay().prepay(request)).getCodeUrl();
        if (codeUrl == null || codeUrl.isBlank()) {
            throw new ChannelException(ChannelType.WECHAT, "NO_CODE_URL",
                    "WeChat Pay accepted prepay of " + payment.outTradeNo() + " but sent no code_url", true);
        }
        return new QrPayment(codeUrl);
    }

    @Override
    public ProviderTrade query(String outTradeNo) {
        QueryOrderByOutTradeNoRequest request = new QueryOrderByOutTradeNoRequest();
        request.setMchid(account.mchId());
        request.setOutTradeNo(outTradeNo);
        Transaction tx;
        try {
            tx = WechatCalls.call("query", () -> clients.pay().queryOrderByOutTradeNo(request));
        } catch (ChannelException e) {
            if (NOT_FOUND_CODES.contains(e.providerCode())) {
                return ProviderTrade.notFound(outTradeNo);
            }
            throw e;
        }
        TradeState state = WechatTradeStates.of(tx.getTradeState());
        Money amount = tx.getAmount() == null ? null
                : WechatAmounts.fromFen(tx.getAmount().getTotal(), tx.getAmount().getCurrency());
        return new ProviderTrade(outTradeNo, state, tx.getTransactionId(), amount,
                state == TradeState.PAID || state == TradeState.REFUNDED ? WechatTime.parse(tx.getSuccessTime()) : null);
    }

    @Override
    public CloseOutcome close(String outTradeNo) {
        ProviderTrade trade = query(outTradeNo);
        if (trade.isPaid()) {
            return CloseOutcome.ALREADY_PAID;
        }
        if (trade.state() == TradeState.NOT_FOUND || trade.state() == TradeState.CLOSED) {
            return CloseOutcome.CLOSED;
        }
        CloseOrderRequest request = new CloseOrderRequest();
        request.setMchid(account.mchId());
        request.setOutTradeNo(outTradeNo);
        try {
            WechatCalls.run("close", () -> clients.pay().closeOrder(request));
            return CloseOutcome.CLOSED;
        } catch (ChannelException e) {
            if ("ORDERPAID".equals(e.providerCode())) {
                return CloseOutcome.ALREADY_PAID; // paid between our query and the close
            }
            if ("ORDER_CLOSED".equals(e.providerCode())) {
                return CloseOutcome.CLOSED;
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
        if (refund.total() == null) {
            throw new ChannelException(ChannelType.WECHAT, "INVALID_AMOUNT",
                    "WeChat Pay needs the trade's total to refund " + refund.outTradeNo(), false);
        }
        AmountReq amount = new AmountReq();
        amount.setRefund((long) WechatAmounts.toFen(refund.refundAmount()));
        amount.setTotal((long) WechatAmounts.toFen(refund.total()));
        amount.setCurrency(WechatAmounts.CNY);
        CreateRequest request = new CreateRequest();
        request.setOutTradeNo(refund.outTradeNo());
        request.setOutRefundNo(refund.outRefundNo());
        request.setReason(refund.reason());
        request.setNotifyUrl(account.refundNotifyUrl());
        request.setAmount(amount);
        return outcome(refund.outRefundNo(), WechatCalls.call("refund", () -> clients.refunds().create(request)));
    }

    @Override
    public RefundOutcome queryRefund(String outTradeNo, String outRefundNo) {
        QueryByOutRefundNoRequest request = new QueryByOutRefundNoRequest();
        request.setOutRefundNo(outRefundNo);
        try {
            return outcome(outRefundNo,
                    WechatCalls.call("refund query", () -> clients.refunds().queryByOutRefundNo(request)));
        } catch (ChannelException e) {
            if (NOT_FOUND_CODES.contains(e.providerCode())) {
                return new RefundOutcome(outRefundNo, RefundOutcome.Status.NOT_FOUND, null, null, e.getMessage());
            }
            throw e;
        }
    }

    private static RefundOutcome outcome(String outRefundNo, Refund refund) {
        Money amount = refund.getAmount() == null ? null
                : WechatAmounts.fromFen(refund.getAmount().getRefund(), refund.getAmount().getCurrency());
        String status = refund.getStatus() == null ? "" : refund.getStatus().name();
        return new RefundOutcome(outRefundNo, WechatTradeStates.of(refund.getStatus()), refund.getRefundId(), amount,
                status);
    }

    @Override
    public Bill fetchBill(LocalDate billDate) {
        GetTradeBillRequest request = new GetTradeBillRequest();
        request.setBillDate(billDate.toString());
        request.setBillType(BillType.ALL);
        request.setTarType(TarType.GZIP);
        QueryBillEntity entity;
        try {
            entity = WechatCalls.call("trade bill", () -> clients.bills().getTradeBill(request));
        } catch (ChannelException e) {
            if ("NO_STATEMENT_EXIST".equals(e.providerCode())) {
                return new Bill(ChannelType.WECHAT, billDate, List.of()); // no trade that day
            }
            throw e;
        }
        byte[] file = WechatCalls.call("bill download", () -> download(entity.getDownloadUrl()));
        String csv = WechatBillReader.verifiedText(file,
                entity.getHashType() == null ? null : entity.getHashType().name(), entity.getHashValue());
        return new Bill(ChannelType.WECHAT, billDate, WechatBillReader.read(csv));
    }

    private byte[] download(String url) {
        try (InputStream in = clients.http().download(url)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncate(String subject) {
        if (subject == null || subject.codePointCount(0, subject.length()) <= DESCRIPTION_MAX) {
            return subject;
        }
        return subject.substring(0, subject.offsetByCodePoints(0, DESCRIPTION_MAX));
    }

    @Override
    public String toString() {
        return "WechatChannel[" + account + "]";
    }
}
