package com.knowpay.payment.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat Pay v3 authentication both ways, for the fake: checks the merchant's
 * {@code Authorization} signature, signs answers with the platform key (Wechatpay-* headers in
 * WeChat's exact case), and makes the faulty answers {@link FakeSwitches} asks for.
 */
final class FakeWechatWire {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Pattern AUTH_FIELD = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final FakeSwitches switches;

    FakeWechatWire(FakeSwitches switches) {
        this.switches = switches;
    }

    static String authorizationProblem(RecordedRequest request, String method, String target, String body) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("WECHATPAY2-SHA256-RSA2048 ")) {
            return "缺少 WECHATPAY2-SHA256-RSA2048 Authorization";
        }
        Map<String, String> fields = new HashMap<>();
        Matcher m = AUTH_FIELD.matcher(authorization);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        if (!FakeWechatPayServer.MCH_ID.equals(fields.get("mchid"))) {
            return "mchid 不匹配";
        }
        if (!FakeWechatPayServer.MERCHANT_SERIAL.equals(fields.get("serial_no"))) {
            return "商户证书序列号不匹配";
        }
        if (!FakeWechatPayServer.PUBLIC_KEY_ID.equals(request.getHeader("Wechatpay-Serial"))) {
            return "Wechatpay-Serial 不是微信支付公钥ID";
        }
        long timestamp = Long.parseLong(fields.getOrDefault("timestamp", "0"));
        if (Math.abs(Instant.now().getEpochSecond() - timestamp) > Duration.ofMinutes(5).toSeconds()) {
            return "请求时间戳过期";
        }
        String message = method + "\n" + target + "\n" + timestamp + "\n" + fields.get("nonce_str") + "\n" + body + "\n";
        return TestKeys.WECHAT_MERCHANT.verify(message, fields.getOrDefault("signature", "")) ? null : "签名错误";
    }

    MockResponse signed(int status, Map<String, Object> body) {
        String text = body == null ? "" : JSON.writeValueAsString(body);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String nonce = FakeWechatNotification.randomText(32);
        MockResponse response = new MockResponse().setResponseCode(status)
                .setHeader("Request-ID", "08F78BB5AF0610C2" + FakeWechatNotification.randomText(16))
                .setHeader("Wechatpay-Nonce", nonce)
                .setHeader("Wechatpay-Signature", TestKeys.WECHAT_PLATFORM.sign(timestamp + "\n" + nonce + "\n" + text + "\n"))
                .setHeader("Wechatpay-Timestamp", timestamp)
                .setHeader("Wechatpay-Serial", FakeWechatPayServer.PUBLIC_KEY_ID)
                .setHeader("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        if (body != null) {
            response.setHeader("Content-Type", "application/json; charset=utf-8").setBody(text);
        }
        return delayed(response);
    }

    MockResponse fault(FakeSwitches.Fault fault) {
        return switch (fault) {
            case HTTP_500 -> delayed(new MockResponse().setResponseCode(500)
                    .setHeader("Content-Type", "text/html").setBody("<html>500 Internal Server Error</html>"));
            case SYSTEM_ERROR -> signed(500, error("SYSTEM_ERROR", "系统错误"));
            case BUSINESS_ERROR -> signed(400, error("PARAM_ERROR", "参数错误"));
            case GARBAGE -> delayed(new MockResponse().setHeader("Content-Type", "text/html")
                    .setBody("<html>maintenance</html>"));
            case NO_ANSWER -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
        };
    }

    MockResponse delayed(MockResponse response) {
        long millis = switches.delay().toMillis();
        return millis == 0 ? response : response.setHeadersDelay(millis, TimeUnit.MILLISECONDS);
    }

    static Map<String, Object> error(String code, String message) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("code", code);
        r.put("message", message);
        return r;
    }
}
