package com.knowpay.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the request being served (REST or Vaadin), for risk rules and throttling.
 * Behind a reverse proxy set {@code server.forward-headers-strategy=native} so this is the real
 * client, not the proxy.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return Optional.ofNullable(request.getRemoteAddr());
        }
        return Optional.empty();
    }
}
