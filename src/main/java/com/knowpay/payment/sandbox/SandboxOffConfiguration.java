package com.knowpay.payment.sandbox;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * With the sandbox switched off its addresses do not exist: {@code /sandbox/**} (the wallet pages, which
 * Vaadin would otherwise answer with its 200 bootstrap page), {@code /api/sandbox/**} and
 * {@code /api/pay/notify/sandbox} answer 404 before security or Vaadin see the request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "knowpay.payment.sandbox.enabled", havingValue = "false", matchIfMissing = true)
class SandboxOffConfiguration {

    @Bean
    FilterRegistrationBean<Filter> sandboxNotFound() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            HttpServletResponse res = (HttpServletResponse) response;
            boolean api = ((HttpServletRequest) request).getRequestURI().startsWith("/api/");
            res.setStatus(HttpServletResponse.SC_NOT_FOUND);
            res.setCharacterEncoding(StandardCharsets.UTF_8.name());
            res.setContentType(api ? "application/problem+json" : "text/plain");
            String detail = "The sandbox payment channel is switched off here.";
            res.getWriter().write(api ? "{\"type\":\"https://knowpay.dev/problems/sandbox-off\",\"title\":\"Not Found\",\"status\":404,"
                    + "\"code\":\"sandbox-off\",\"detail\":\"" + detail + "\"}" : detail);
        });
        registration.addUrlPatterns("/sandbox/*", "/api/sandbox/*", "/api/pay/notify/sandbox", "/api/pay/notify/sandbox/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
