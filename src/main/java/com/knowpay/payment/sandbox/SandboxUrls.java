package com.knowpay.payment.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Where the wallet page is reached (by the learner's phone or browser) and where notifications go (loopback). */
class SandboxUrls {

    static final String WALLET_PATH = "/sandbox/pay/";
    static final String NOTIFY_PATH = "/api/sandbox/notify";

    private final SandboxSettings settings;
    private final Environment env;

    SandboxUrls(SandboxSettings settings, Environment env) {
        this.settings = settings;
        this.env = env;
    }

    String walletUrl(String outTradeNo) {
        return baseUrl() + WALLET_PATH + outTradeNo;
    }

    String notifyUrl() {
        if (hasText(settings.notifyUrl())) {
            return settings.notifyUrl();
        }
        return "http://127.0.0.1:" + port() + NOTIFY_PATH;
    }

    private String baseUrl() {
        if (hasText(settings.baseUrl())) {
            return stripSlash(settings.baseUrl());
        }
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        if (attrs instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return stripSlash(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
        }
        return "http://localhost:" + port();
    }

    private String port() {
        return env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
