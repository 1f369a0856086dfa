package com.knowpay.payment;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A notify URL must be absolute and carry no query string (Alipay and WeChat both require it). */
public final class NotifyUrls {

    private static final Logger log = LoggerFactory.getLogger(NotifyUrls.class);

    private NotifyUrls() {
    }

    public static void check(String property, String url, List<String> problems) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            problems.add(property + " is not a URL: " + url);
            return;
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            problems.add(property + " must be an absolute URL: " + url);
        } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.add(property + " must not carry a query string: " + url);
        } else if (!"https".equalsIgnoreCase(uri.getScheme())) {
            log.warn("{} is not HTTPS ({}): the provider will not deliver notifications to it in production",
                    property, url);
        }
    }
}
