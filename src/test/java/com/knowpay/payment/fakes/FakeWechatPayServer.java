package com.knowpay.payment.fakes;

import static com.knowpay.payment.fakes.FakeWechatWire.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local WeChat Pay API v3 server speaking the real wire protocol to the real SDK: it checks each
 * request's {@code Authorization: WECHATPAY2-SHA256-RSA2048 …} signature with the merchant's
 * public key, keeps order and refund state, answers JSON signed with the WeChat Pay public-key
 * pair (Wechatpay-* headers, exact case), serves trade bills with a SHA1, and builds encrypted,
 * signed notifications. Switchable through {@link #switches()}.
 */
public final class FakeWechatPayServer implements AutoCloseable {

    public static final String MCH_ID = "1900001234";
    public static final String APP_ID = "wx8888888888885678";
    public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F19ABC";
    public static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000009876";
    /** The APIv3 key of this run: 32 random characters. */
    public static final String API_V3_KEY = FakeWechatNotification.randomText(32);

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Pattern ORDER_PATH = Pattern.compile("/v3/pay/transactions/out-trade-no/([^/?]+)(/close)?");
    private static final Pattern REFUND_PATH = Pattern.compile("/v3/refund/domestic/refunds/([^/?]+)");

    private final MockWebServer server = new MockWebServer();
    private final Map<String, FakeWechatTrade> trades = new ConcurrentHashMap<>();
    private final Map<String, byte[]> bills = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final FakeSwitches switches = new FakeSwitches();
    private final FakeWechatWire wire = new FakeWechatWire(switches);
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() % 100_000_000);
    private volatile boolean payOnClose;
    private volatile boolean corruptBillHash;
    private volatile boolean refundsSucceedAtOnce;

    public FakeWechatPayServer() {
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

    /** What to configure as {@code knowpay.payment.wechat.base-url}. */
    public String baseUrl() {
        return server.url("/").toString();
    }

    public FakeSwitches switches() {
        return switches;
    }

    /** "METHOD path" of every authenticated call, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public FakeWechatTrade trade(String outTradeNo) {
        return trades.get(outTradeNo);
    }

    public void userPaying(String outTradeNo) {
        require(outTradeNo).tradeState = "USERPAYING";
    }

    /** The buyer paid. */
    public FakeWechatTrade pay(String outTradeNo) {
        FakeWechatTrade trade = require(outTradeNo);
        trade.transactionId = "4200" + String.format("%024d", sequence.incrementAndGet());
        trade.successTime = Instant.now();
        trade.tradeState = "SUCCESS";
        return trade;
    }

    public void failPayment(String outTradeNo) {
        require(outTradeNo).tradeState = "PAYERROR";
    }

    /** The next close of an unpaid order finds it paid: the buyer paid between our query and the close. */
    public void payOnClose(boolean enabled) {
        this.payOnClose = enabled;
    }

    /** Bill answers carry a hash_value that does not match the file. */
    public void corruptBillHash(boolean enabled) {
        this.corruptBillHash = enabled;
    }

    /** Refunds answer SUCCESS at once instead of PROCESSING. */
    public void refundsSucceedAtOnce(boolean enabled) {
        this.refundsSucceedAtOnce = enabled;
    }

    /** Every PROCESSING refund of the order completes. */
    public void completeRefunds(String outTradeNo) {
        for (FakeWechatTrade.Refund refund : require(outTradeNo).refunds().values()) {
            if ("PROCESSING".equals(refund.status)) {
                refund.status = "SUCCESS";
                refund.successTime = Instant.now();
            }
        }
    }

    /** Every PROCESSING refund of the order ends ABNORMAL: the money did not reach the buyer. */
    public void failRefunds(String outTradeNo) {
        for (FakeWechatTrade.Refund refund : require(outTradeNo).refunds().values()) {
            if ("PROCESSING".equals(refund.status)) {
                refund.status = "ABNORMAL";
            }
        }
    }

    /** The TRANSACTION.SUCCESS (or current state) notification for the order, sent now. */
    public FakeWechatNotification paymentNotification(String outTradeNo) {
        return paymentNotification(outTradeNo, Map.of(), Instant.now());
    }

    /** As {@link #paymentNotification(String)}, fields of the resource overridden before encrypting, sent at {@code sentAt}. */
    public FakeWechatNotification paymentNotification(String outTradeNo, Map<String, Object> overrides, Instant sentAt) {
        Map<String, Object> plaintext = FakeWechatJson.transaction(require(outTradeNo));
        plaintext.putAll(overrides);
        return FakeWechatNotification.of("TRANSACTION.SUCCESS", "支付成功", "transaction", plaintext, API_V3_KEY,
                PUBLIC_KEY_ID, sentAt, TestKeys.WECHAT_PLATFORM);
    }

    /** The REFUND.* notification for a refund in its current state. */
    public FakeWechatNotification refundNotification(String outTradeNo, String outRefundNo) {
        FakeWechatTrade trade = require(outTradeNo);
        FakeWechatTrade.Refund refund = trade.refunds().get(outRefundNo);
        Map<String, Object> plaintext = new LinkedHashMap<>();
        plaintext.put("mchid", MCH_ID);
        plaintext.put("out_trade_no", trade.outTradeNo);
        plaintext.put("transaction_id", trade.transactionId);
        plaintext.put("out_refund_no", refund.outRefundNo);
        plaintext.put("refund_id", refund.refundId);
        plaintext.put("refund_status", refund.status);
        if (refund.successTime != null) {
            plaintext.put("success_time", rfc3339(refund.successTime));
        }
        plaintext.put("user_received_account", "支付用户零钱");
        plaintext.put("amount", Map.of("total", trade.total, "refund", refund.refund, "payer_total", trade.total,
                "payer_refund", refund.refund));
        return FakeWechatNotification.of("REFUND." + refund.status, "退款成功", "refund", plaintext, API_V3_KEY,
                PUBLIC_KEY_ID, Instant.now(), TestKeys.WECHAT_PLATFORM);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(8)).withNano(0));
    }

    // ---- the wire protocol ----

    private MockResponse handle(RecordedRequest request) {
        String method = request.getMethod();
        String target = request.getPath() == null ? "" : request.getPath();
        String body = request.getBody().readUtf8();
        String authProblem = FakeWechatWire.authorizationProblem(request, method, target, body);
        if (authProblem != null) {
            return wire.signed(401, error("SIGN_ERROR", authProblem));
        }
        calls.add(method + " " + target);
        FakeSwitches.Fault fault = switches.take();
        if (fault != null) {
            return wire.fault(fault);
        }
        HttpUrl url = request.getRequestUrl();
        String path = url == null ? target : url.encodedPath();
        Matcher order = ORDER_PATH.matcher(path);
        Matcher refund = REFUND_PATH.matcher(path);
        if (method.equals("POST") && path.equals("/v3/pay/transactions/native")) {
            return prepay(read(body));
        }
        if (order.matches() && order.group(2) == null && method.equals("GET")) {
            return query(order.group(1), url.queryParameter("mchid"));
        }
        if (order.matches() && order.group(2) != null && method.equals("POST")) {
            return close(order.group(1), read(body));
        }
        if (method.equals("POST") && path.equals("/v3/refund/domestic/refunds")) {
            return createRefund(read(body));
        }
        if (refund.matches() && method.equals("GET")) {
            return queryRefund(refund.group(1));
        }
        if (method.equals("GET") && path.equals("/v3/bill/tradebill")) {
            return tradeBill(url.queryParameter("bill_date"), url.queryParameter("bill_type"),
                    url.queryParameter("tar_type"));
        }
        if (method.equals("GET") && path.equals("/v3/billdownload/file")) {
            byte[] file = bills.get(url.queryParameter("token"));
            return file == null ? wire.signed(404, error("RESOURCE_NOT_EXISTS", "账单不存在"))
                    : wire.delayed(new MockResponse().setHeader("Content-Type", "application/octet-stream")
                            .setBody(new Buffer().write(file)));
        }
        return wire.signed(404, error("NOT_FOUND", "无此接口"));
    }

    private MockResponse prepay(Map<String, Object> req) {
        if (!MCH_ID.equals(req.get("mchid")) || !APP_ID.equals(req.get("appid"))) {
            return wire.signed(400, error("APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配"));
        }
        Map<?, ?> amount = (Map<?, ?>) req.get("amount");
        String notifyUrl = (String) req.get("notify_url");
        if (amount == null || !(amount.get("total") instanceof Integer total) || total < 1
                || !"CNY".equals(amount.get("currency"))) {
            return wire.signed(400, error("PARAM_ERROR", "amount.total 必须为正整数（分）"));
        }
        if (notifyUrl == null || !notifyUrl.startsWith("https://") || notifyUrl.contains("?")) {
            return wire.signed(400, error("PARAM_ERROR", "notify_url 必须为不带参数的 https 地址"));
        }
        try {
            OffsetDateTime.parse((String) req.get("time_expire"));
        } catch (RuntimeException e) {
            return wire.signed(400, error("PARAM_ERROR", "time_expire 格式错误"));
        }
        String outTradeNo = (String) req.get("out_trade_no");
        FakeWechatTrade trade = trades.computeIfAbsent(outTradeNo, no -> new FakeWechatTrade(no, APP_ID,
                (String) req.get("description"), total, notifyUrl, (String) req.get("time_expire"),
                "weixin://wxpay/bizpayurl?pr=" + FakeWechatNotification.randomText(7)));
        if (trade.total != total) {
            return wire.signed(400, error("INVALID_REQUEST", "201 商户订单号重复"));
        }
        return wire.signed(200, Map.of("code_url", trade.codeUrl));
    }

    private MockResponse query(String outTradeNo, String mchId) {
        if (!MCH_ID.equals(mchId)) {
            return wire.signed(400, error("PARAM_ERROR", "mchid 错误"));
        }
        FakeWechatTrade trade = trades.get(outTradeNo);
        return trade == null ? wire.signed(404, error("ORDER_NOT_EXIST", "订单不存在")) : wire.signed(200, FakeWechatJson.transaction(trade));
    }

    private MockResponse close(String outTradeNo, Map<String, Object> req) {
        if (!MCH_ID.equals(req.get("mchid"))) {
            return wire.signed(400, error("PARAM_ERROR", "mchid 错误"));
        }
        FakeWechatTrade trade = trades.get(outTradeNo);
        if (trade == null) {
            return wire.signed(404, error("ORDER_NOT_EXIST", "订单不存在"));
        }
        if (payOnClose && !trade.paid()) {
            pay(outTradeNo);
        }
        if (trade.paid()) {
            return wire.signed(400, error("ORDERPAID", "订单已支付"));
        }
        trade.tradeState = "CLOSED";
        return wire.signed(204, null);
    }

    private MockResponse createRefund(Map<String, Object> req) {
        FakeWechatTrade trade = trades.get((String) req.get("out_trade_no"));
        if (trade == null) {
            return wire.signed(404, error("RESOURCE_NOT_EXISTS", "订单不存在"));
        }
        Map<?, ?> amount = (Map<?, ?>) req.get("amount");
        long refundFen = ((Number) amount.get("refund")).longValue();
        long totalFen = ((Number) amount.get("total")).longValue();
        String outRefundNo = (String) req.get("out_refund_no");
        synchronized (trade) {
            FakeWechatTrade.Refund existing = trade.refunds.get(outRefundNo);
            if (existing != null) {
                return wire.signed(200, FakeWechatJson.refund(trade, existing));
            }
            if (!trade.paid()) {
                return wire.signed(400, error("INVALID_REQUEST", "订单未支付"));
            }
            if (totalFen != trade.total) {
                return wire.signed(400, error("INVALID_REQUEST", "订单金额与原订单不一致"));
            }
            if (trade.refunded() + refundFen > trade.total) {
                return wire.signed(400, error("INVALID_REQUEST", "申请退款金额超过订单可退金额"));
            }
            FakeWechatTrade.Refund created = new FakeWechatTrade.Refund(outRefundNo,
                    "5030" + String.format("%025d", sequence.incrementAndGet()), refundFen, (String) req.get("notify_url"),
                    Instant.now());
            if (refundsSucceedAtOnce) {
                created.status = "SUCCESS";
                created.successTime = Instant.now();
            }
            trade.refunds.put(outRefundNo, created);
            trade.tradeState = "REFUND";
            return wire.signed(200, FakeWechatJson.refund(trade, created));
        }
    }

    private MockResponse queryRefund(String outRefundNo) {
        for (FakeWechatTrade trade : trades.values()) {
            FakeWechatTrade.Refund refund = trade.refunds().get(outRefundNo);
            if (refund != null) {
                return wire.signed(200, FakeWechatJson.refund(trade, refund));
            }
        }
        return wire.signed(404, error("RESOURCE_NOT_EXISTS", "退款单不存在"));
    }

    private MockResponse tradeBill(String billDate, String billType, String tarType) {
        if (!"ALL".equals(billType)) {
            return wire.signed(400, error("PARAM_ERROR", "bill_type 只测试 ALL"));
        }
        String csv = FakeWechatBill.csv(MCH_ID, LocalDate.parse(billDate), trades.values());
        if (csv == null) {
            return wire.signed(400, error("NO_STATEMENT_EXIST", "账单文件不存在"));
        }
        byte[] plain = csv.getBytes(StandardCharsets.UTF_8);
        String token = UUID.randomUUID().toString();
        bills.put(token, "GZIP".equals(tarType) ? FakeWechatBill.gzip(plain) : plain);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("hash_type", "SHA1");
        answer.put("hash_value", corruptBillHash ? FakeWechatBill.sha1("something else".getBytes(StandardCharsets.UTF_8)) : FakeWechatBill.sha1(plain));
        answer.put("download_url", "https://api.mch.weixin.qq.com/v3/billdownload/file?token=" + token);
        return wire.signed(200, answer);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String body) {
        return body.isBlank() ? Map.of() : JSON.readValue(body, Map.class);
    }

    private FakeWechatTrade require(String outTradeNo) {
        FakeWechatTrade trade = trades.get(outTradeNo);
        if (trade == null) {
            throw new IllegalStateException("the fake WeChat Pay has no order " + outTradeNo + "; prepay it first");
        }
        return trade;
    }
}
