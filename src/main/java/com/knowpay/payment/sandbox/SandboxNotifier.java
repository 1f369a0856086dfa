package com.knowpay.payment.sandbox;

import com.knowpay.payment.PaymentExecutors;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Delivers the fake provider's notifications like a real provider: a form POST over real HTTP,
 * repeated with growing pauses until the merchant answers exactly {@code success}.
 */
class SandboxNotifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SandboxNotifier.class);
    /** Pauses before each retry; bounded, like the providers' own schedules but in seconds. */
    static final List<Duration> RETRIES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));

    private final SandboxUrls urls;
    private final SandboxFaults faults;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ThreadPoolTaskScheduler scheduler = PaymentExecutors.sandboxNotifier();

    SandboxNotifier(SandboxUrls urls, SandboxFaults faults) {
        this.urls = urls;
        this.faults = faults;
    }

    /** Sends in the background; returns at once. */
    void send(Map<String, String> signedParams) {
        if (faults.notificationsLost()) {
            log.info("Sandbox: notification for {} lost on purpose (fault switch)", signedParams.get("out_trade_no"));
            return;
        }
        scheduler.execute(() -> attempt(signedParams, 0));
    }

    /** One POST, answered with the merchant's reply body. */
    String post(String url, Map<String, String> params) throws java.io.IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private void attempt(Map<String, String> params, int retry) {
        String outTradeNo = params.get("out_trade_no");
        String answer;
        try {
            answer = post(urls.notifyUrl(), params);
        } catch (java.io.IOException e) {
            answer = "unreachable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if ("success".equals(answer == null ? null : answer.trim())) {
            log.debug("Sandbox: notification for {} delivered", outTradeNo);
            return;
        }
        if (retry >= RETRIES.size()) {
            log.warn("Sandbox: gave up notifying {} after {} tries; the merchant must query", outTradeNo, retry + 1);
            return;
        }
        Duration pause = RETRIES.get(retry);
        log.info("Sandbox: merchant did not acknowledge {} ({}), retrying in {}s", outTradeNo,
                answer == null ? "" : answer.substring(0, Math.min(60, answer.length())), pause.toSeconds());
        scheduler.schedule(() -> attempt(params, retry + 1), java.time.Instant.now().plus(pause));
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
