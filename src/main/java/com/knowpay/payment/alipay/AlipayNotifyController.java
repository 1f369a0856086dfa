package com.knowpay.payment.alipay;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor;
import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.payment.NotificationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/pay/notify/alipay}: Alipay's async notification (form-encoded, RSA2). Answers
 * exactly {@code success} when the payment core verified and recorded it, {@code failure}
 * otherwise, which makes Alipay retry. The signature is the authentication: no login, no CSRF.
 * Always mapped (the contract is stable): while the channel is disabled every notification is
 * refused by the core, so the answer is {@code failure}, never a 404.
 */
@RestController
@Tag(name = "Payment notifications", description = "Called by the providers; the signature is the authentication")
class AlipayNotifyController {

    static final String SUCCESS = "success";
    static final String FAILURE = "failure";
    private static final Logger log = LoggerFactory.getLogger(AlipayNotifyController.class);

    private final NotificationProcessor processor;

    AlipayNotifyController(NotificationProcessor processor) {
        this.processor = processor;
    }

    @Operation(summary = "Alipay async notification (form-encoded, RSA2)",
            description = "Answers exactly `success` when verified and recorded, `failure` otherwise (Alipay retries).")
    @PostMapping(path = "/api/pay/notify/alipay", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> notify(HttpServletRequest request) {
        NotificationOutcome outcome = processor.process(ChannelType.ALIPAY,
                new NotificationRequest("", headers(request), params(request)));
        if (!outcome.acknowledged()) {
            log.info("Alipay notification answered failure ({})", outcome);
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .body(outcome.acknowledged() ? SUCCESS : FAILURE);
    }

    /** Alipay retries anything but {@code success}; say {@code failure} plainly when something unexpected broke. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e) {
        log.error("Alipay notification could not be processed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.TEXT_PLAIN).body(FAILURE);
    }

    private static Map<String, String> params(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                params.put(name, values[0]);
            }
        });
        return params;
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        return headers;
    }
}
