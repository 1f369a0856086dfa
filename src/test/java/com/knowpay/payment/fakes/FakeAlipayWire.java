package com.knowpay.payment.fakes;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Alipay gateway protocol for the fake: reads a request's parameters (query string and form
 * body), checks its RSA2 signature with the app's public key, and writes answers
 * {@code {"<method>_response":{…},"sign":"…"}} signed over the exact inner JSON text, or the faulty
 * answers {@link FakeSwitches} asks for.
 */
final class FakeAlipayWire {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final FakeSwitches switches;

    FakeAlipayWire(FakeSwitches switches) {
        this.switches = switches;
    }

    MockResponse answer(String method, Map<String, Object> inner) {
        String innerJson = JSON.writeValueAsString(inner);
        String sign = TestKeys.ALIPAY_PLATFORM.sign(innerJson);
        String body = "{\"" + method.replace('.', '_') + "_response\":" + innerJson + ",\"sign\":\"" + sign + "\"}";
        return delayed(new MockResponse().setHeader("Content-Type", "text/html;charset=utf-8").setBody(body));
    }

    MockResponse fault(String method, FakeSwitches.Fault fault) {
        return switch (fault) {
            case HTTP_500 -> delayed(new MockResponse().setResponseCode(500).setBody("<html>502 Bad Gateway</html>"));
            case SYSTEM_ERROR -> answer(method, error("40004", "Business Failed", "ACQ.SYSTEM_ERROR", "系统错误"));
            case BUSINESS_ERROR -> answer(method, error("40004", "Business Failed", "ACQ.INVALID_PARAMETER", "参数无效"));
            case GARBAGE -> delayed(new MockResponse().setBody("<html>maintenance</html>"));
            case NO_ANSWER -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
        };
    }

    MockResponse delayed(MockResponse response) {
        long millis = switches.delay().toMillis();
        return millis == 0 ? response : response.setHeadersDelay(millis, TimeUnit.MILLISECONDS);
    }

    static Map<String, Object> success() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("code", "10000");
        r.put("msg", "Success");
        return r;
    }

    static Map<String, Object> notExist() {
        return error("40004", "Business Failed", "ACQ.TRADE_NOT_EXIST", "交易不存在");
    }

    static Map<String, Object> error(String code, String msg, String subCode, String subMsg) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("code", code);
        r.put("msg", msg);
        r.put("sub_code", subCode);
        r.put("sub_msg", subMsg);
        return r;
    }

    static Map<String, String> params(RecordedRequest request) {
        Map<String, String> params = new HashMap<>();
        var url = request.getRequestUrl();
        if (url != null) {
            for (String name : url.queryParameterNames()) {
                params.put(name, url.queryParameter(name));
            }
        }
        String body = request.getBody().readUtf8();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    static boolean signatureHolds(Map<String, String> params) {
        try {
            // v2 content: everything but sign, sign_type included
            return AlipaySignature.rsaCheckV2(new HashMap<>(params), TestKeys.ALIPAY_APP.publicBase64(), "UTF-8", "RSA2");
        } catch (AlipayApiException | RuntimeException e) {
            return false;
        }
    }
}
