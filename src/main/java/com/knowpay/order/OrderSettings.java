package com.knowpay.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param paymentTimeout how long an order waits for payment ({@code knowpay.order.payment-timeout}, default 15m) */
@ConfigurationProperties(prefix = "knowpay.order")
record OrderSettings(@DefaultValue("15m") Duration paymentTimeout) {

    OrderSettings {
        if (paymentTimeout.isNegative() || paymentTimeout.isZero()) {
            throw new IllegalArgumentException("knowpay.order.payment-timeout must be positive");
        }
    }
}
