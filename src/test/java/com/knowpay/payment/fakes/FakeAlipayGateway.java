package com.knowpay.payment.fakes;

import static com.knowpay.payment.fakes.FakeAlipayWire.error;
import static com.knowpay.payment.fakes.FakeAlipayWire.success;
import static com.knowpay.payment.fakes.FakeAlipayWire.notExist;

import com.knowpay.shared.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local Alipay open-platform gateway speaking the real wire protocol to the real SDK: it checks
 * each request's RSA2 signature with the app's public key, keeps trade state, answers
 * {@code {"<method>_response":{…},"sign":"…"}} signed with Alipay's private key over the exact inner
 * JSON text, serves the bill zip, and builds signed async notifications. Switchable through
 * {@link #switches()}.
 */
public final class FakeAlipayGateway implements AutoCloseable {

    public static final String APP_ID = "2021000000001234";
    public static final String SELLER_ID = "2088000000005678";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final MockWebServer server = new MockWebServer();
    private final Map<String, FakeAlipayTrade> trades = new ConcurrentHashMap<>();
    private final Map<String, byte[]> bills = new ConcurrentHashMap<>();
    private final List<Map<String, String>> calls = Collections.synchronizedList(new ArrayList<>());
    private final FakeSwitches switches = new FakeSwitches();
    private final FakeAlipayWire wire = new FakeAlipayWire(switches);
    private final AtomicLong sequence = new AtomicLong(1_000_000);
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile boolean payOnClose;
    private volatile String queryAmountOverride;

    public FakeAlipayGateway() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String gatewayUrl() {
        return server.url("/gateway.do").toString();
    }

    public FakeSwitches switches() {
        return switches;
    }

    /** The verified parameters of every API call, in order. */
    public List<Map<String, String>> calls() {
        return List.copyOf(calls);
    }

    public FakeAlipayTrade trade(String outTradeNo) {
        return trades.get(outTradeNo);
    }

    /** The buyer scanned the QR: the trade now exists, waiting for payment. */
    public FakeAlipayTrade scan(String outTradeNo) {
        FakeAlipayTrade trade = require(outTradeNo);
        if (trade.status == null) {
            trade.tradeNo = newTradeNo();
            trade.status = "WAIT_BUYER_PAY";
        }
        return trade;
    }

    /** The buyer paid. */
    public FakeAlipayTrade pay(String outTradeNo) {
        FakeAlipayTrade trade = scan(outTradeNo);
        trade.status = "TRADE_SUCCESS";
        trade.paidAt = Instant.now();
        return trade;
    }

    /** The next close of an unpaid trade finds it paid: the buyer paid just before the close arrived. */
    public void payOnClose(boolean enabled) {
        this.payOnClose = enabled;
    }

    /** Query answers report this total_amount instead of the real one (an inexact "99.001", say). */
    public void queryAmountOverride(String yuan) {
        this.queryAmountOverride = yuan;
    }

    /** The notification Alipay would send now for the trade's state, signed with Alipay's key. */
    public FakeAlipayNotification notification(String outTradeNo) {
        return notification(outTradeNo, Map.of());
    }

    /** As {@link #notification(String)}, with some parameters overridden before signing. */
    public FakeAlipayNotification notification(String outTradeNo, Map<String, String> overrides) {
        FakeAlipayTrade trade = require(outTradeNo);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("notify_time", TIME.format(Instant.now().atZone(ZONE)));
        p.put("notify_type", "trade_status_sync");
        p.put("notify_id", UUID.randomUUID().toString().replace("-", ""));
        p.put("charset", "utf-8");
        p.put("version", "1.0");
        p.put("app_id", APP_ID);
        p.put("seller_id", SELLER_ID);
        p.put("auth_app_id", APP_ID);
        p.put("trade_no", trade.tradeNo);
        p.put("out_trade_no", trade.outTradeNo);
        p.put("trade_status", trade.status);
        p.put("total_amount", trade.total.toYuanString());
        p.put("subject", trade.subject);
        p.put("buyer_id", "2088102177846880");
        p.put("gmt_create", TIME.format(trade.createdAt.atZone(ZONE)));
        if (trade.paidAt != null) {
            p.put("receipt_amount", trade.total.toYuanString());
            p.put("buyer_pay_amount", trade.total.toYuanString());
            p.put("gmt_payment", TIME.format(trade.paidAt.atZone(ZONE)));
        }
        if (!trade.refunds().isEmpty()) {
            FakeAlipayTrade.Refund last = trade.refunds().values().stream()
                    .max((a, b) -> a.at().compareTo(b.at())).orElseThrow();
            p.put("refund_fee", trade.refunded().toYuanString());
            p.put("out_biz_no", last.outRequestNo());
            p.put("gmt_refund", TIME.format(last.at().atZone(ZONE)) + ".123");
        }
        p.putAll(overrides);
        return FakeAlipayNotification.signed(p, TestKeys.ALIPAY_PLATFORM);
    }

    /** POSTs a notification form to the merchant, as Alipay does; answers the merchant's body. */
    public String post(FakeAlipayNotification notification, URI notifyUrl) {
        HttpRequest request = HttpRequest.newBuilder(notifyUrl)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(notification.formBody())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "unreachable: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    // ---- the wire protocol ----

    private MockResponse handle(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        if (path.startsWith("/bills/")) {
            byte[] zip = bills.get(path.substring("/bills/".length()));
            return zip == null ? new MockResponse().setResponseCode(404)
                    : wire.delayed(new MockResponse().setHeader("Content-Type", "application/zip")
                            .setBody(new okio.Buffer().write(zip)));
        }
        if (!path.startsWith("/gateway.do")) {
            return new MockResponse().setResponseCode(404);
        }
        Map<String, String> params = FakeAlipayWire.params(request);
        String method = params.getOrDefault("method", "unknown");
        if (!FakeAlipayWire.signatureHolds(params)) {
            return wire.answer(method, error("40002", "Invalid Arguments", "isv.invalid-signature", "验签出错"));
        }
        if (!APP_ID.equals(params.get("app_id"))) {
            return wire.answer(method, error("40002", "Invalid Arguments", "isv.invalid-app-id", "无效的AppID参数"));
        }
        calls.add(params);
        FakeSwitches.Fault fault = switches.take();
        if (fault != null) {
            return wire.fault(method, fault);
        }
        Map<String, Object> biz = JSON.readValue(params.getOrDefault("biz_content", "{}"), Map.class);
        return wire.answer(method, switch (method) {
            case "alipay.trade.precreate" -> precreate(biz, params.get("notify_url"));
            case "alipay.trade.query" -> query(str(biz, "out_trade_no"));
            case "alipay.trade.close" -> close(str(biz, "out_trade_no"));
            case "alipay.trade.cancel" -> cancel(str(biz, "out_trade_no"));
            case "alipay.trade.refund" -> refund(biz);
            case "alipay.trade.fastpay.refund.query" -> refundQuery(str(biz, "out_trade_no"), str(biz, "out_request_no"));
            case "alipay.data.dataservice.bill.downloadurl.query" -> billUrl(str(biz, "bill_date"));
            default -> error("40004", "Business Failed", "isv.invalid-method", "不存在的方法名");
        });
    }

    private Map<String, Object> precreate(Map<String, Object> biz, String notifyUrl) {
        String outTradeNo = str(biz, "out_trade_no");
        Money total;
        try {
            total = Money.ofYuan(str(biz, "total_amount"));
        } catch (IllegalArgumentException e) {
            return error("40004", "Business Failed", "ACQ.INVALID_PARAMETER", "total_amount 格式错误");
        }
        FakeAlipayTrade trade = trades.computeIfAbsent(outTradeNo, no -> new FakeAlipayTrade(no, total,
                str(biz, "subject"), notifyUrl, "https://qr.alipay.com/bax0" + sequence.incrementAndGet()));
        if (!trade.total.equals(total)) {
            return error("40004", "Business Failed", "ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改");
        }
        trade.createdAt = trade.createdAt == null ? Instant.now() : trade.createdAt;
        Map<String, Object> r = success();
        r.put("out_trade_no", outTradeNo);
        r.put("qr_code", trade.qrCode);
        return r;
    }

    private Map<String, Object> query(String outTradeNo) {
        FakeAlipayTrade trade = trades.get(outTradeNo);
        if (trade == null || trade.status == null) {
            return notExist();
        }
        Map<String, Object> r = success();
        r.put("trade_no", trade.tradeNo);
        r.put("out_trade_no", outTradeNo);
        r.put("buyer_logon_id", "buy***@example.com");
        r.put("trade_status", trade.status);
        r.put("total_amount", queryAmountOverride != null ? queryAmountOverride : trade.total.toYuanString());
        if (trade.paidAt != null) {
            r.put("buyer_pay_amount", trade.total.toYuanString());
            r.put("receipt_amount", trade.total.toYuanString());
            r.put("send_pay_date", TIME.format(trade.paidAt.atZone(ZONE)));
        }
        r.put("buyer_user_id", "2088102177846880");
        return r;
    }

    private Map<String, Object> close(String outTradeNo) {
        FakeAlipayTrade trade = trades.get(outTradeNo);
        if (trade == null || trade.status == null) {
            return notExist();
        }
        if (payOnClose && "WAIT_BUYER_PAY".equals(trade.status)) {
            pay(outTradeNo);
        }
        if (!"WAIT_BUYER_PAY".equals(trade.status)) {
            return error("40004", "Business Failed", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
        }
        trade.status = "TRADE_CLOSED";
        Map<String, Object> r = success();
        r.put("trade_no", trade.tradeNo);
        r.put("out_trade_no", outTradeNo);
        return r;
    }

    private Map<String, Object> cancel(String outTradeNo) {
        FakeAlipayTrade trade = trades.get(outTradeNo);
        if (trade == null || trade.status == null) {
            return notExist();
        }
        String action = "close";
        if ("TRADE_SUCCESS".equals(trade.status)) {
            synchronized (trade) {
                trade.refunds.put("cancel", new FakeAlipayTrade.Refund("cancel", trade.total.minus(trade.refunded()),
                        Instant.now()));
            }
            action = "refund";
        }
        trade.status = "TRADE_CLOSED";
        Map<String, Object> r = success();
        r.put("trade_no", trade.tradeNo);
        r.put("out_trade_no", outTradeNo);
        r.put("retry_flag", "N");
        r.put("action", action);
        return r;
    }

    private Map<String, Object> refund(Map<String, Object> biz) {
        FakeAlipayTrade trade = trades.get(str(biz, "out_trade_no"));
        if (trade == null || trade.status == null) {
            return notExist();
        }
        String outRequestNo = str(biz, "out_request_no");
        Money amount = Money.ofYuan(str(biz, "refund_amount"));
        String fundChange = "N";
        synchronized (trade) {
            FakeAlipayTrade.Refund existing = trade.refunds.get(outRequestNo);
            if (existing == null) {
                if (!"TRADE_SUCCESS".equals(trade.status)) {
                    return error("40004", "Business Failed", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
                }
                if (trade.refunded().plus(amount).isGreaterThan(trade.total)) {
                    return error("40004", "Business Failed", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限");
                }
                trade.refunds.put(outRequestNo, new FakeAlipayTrade.Refund(outRequestNo, amount, Instant.now()));
                fundChange = "Y";
                if (trade.refunded().equals(trade.total)) {
                    trade.status = "TRADE_CLOSED";
                }
            }
        }
        Map<String, Object> r = success();
        r.put("trade_no", trade.tradeNo);
        r.put("out_trade_no", trade.outTradeNo);
        r.put("buyer_logon_id", "buy***@example.com");
        r.put("fund_change", fundChange);
        r.put("refund_fee", trade.refunded().toYuanString());
        r.put("gmt_refund_pay", TIME.format(Instant.now().atZone(ZONE)));
        return r;
    }

    private Map<String, Object> refundQuery(String outTradeNo, String outRequestNo) {
        FakeAlipayTrade trade = trades.get(outTradeNo);
        if (trade == null || trade.status == null) {
            return notExist();
        }
        Map<String, Object> r = success();
        FakeAlipayTrade.Refund refund = trade.refunds().get(outRequestNo);
        if (refund != null) {
            r.put("trade_no", trade.tradeNo);
            r.put("out_trade_no", outTradeNo);
            r.put("out_request_no", outRequestNo);
            r.put("total_amount", trade.total.toYuanString());
            r.put("refund_amount", refund.amount().toYuanString());
            r.put("refund_status", "REFUND_SUCCESS");
        }
        return r;
    }

    private Map<String, Object> billUrl(String billDate) {
        LocalDate date = LocalDate.parse(billDate);
        String token = UUID.randomUUID() + ".zip";
        bills.put(token, FakeAlipayBill.zip(SELLER_ID, date, trades.values()));
        Map<String, Object> r = success();
        r.put("bill_download_url", server.url("/bills/" + token).toString());
        return r;
    }

    private FakeAlipayTrade require(String outTradeNo) {
        FakeAlipayTrade trade = trades.get(outTradeNo);
        if (trade == null) {
            throw new IllegalStateException("the fake Alipay has no trade " + outTradeNo + "; precreate it first");
        }
        return trade;
    }

    private String newTradeNo() {
        return "2025" + String.format("%024d", sequence.incrementAndGet());
    }

    private static String str(Map<String, Object> biz, String name) {
        Object value = biz.get(name);
        return value == null ? null : value.toString();
    }
}
