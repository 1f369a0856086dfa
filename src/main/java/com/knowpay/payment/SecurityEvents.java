package com.knowpay.payment;

import com.knowpay.shared.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events of the payment core on their own logger ({@code knowpay.security}), so they can
 * be routed to an alert. Never logs signatures, keys or raw bodies: only what identifies the case,
 * and that escaped and cut ({@link LogSafe}): a rejected notification is by definition unverified.
 */
final class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("knowpay.security");

    private SecurityEvents() {
    }

    static void rejected(ChannelType channel, String reason, String outTradeNo, String detail) {
        log.warn("SECURITY payment notification rejected: channel={} reason={} out_trade_no={} detail={}",
                channel, reason, LogSafe.untrusted(outTradeNo), LogSafe.untrusted(detail));
    }
}
