package com.knowpay.payment.wechat;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor;
import com.knowpay.payment.NotificationProcessor.NotificationOutcome;
import com.knowpay.payment.NotificationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/pay/notify/wechat} and {@code /api/pay/notify/wechat/refund}: WeChat Pay v3
 * notifications. The raw body is kept as received (the signature covers its bytes). Answers 204
 * with no body when the payment core verified and recorded it; 400 (rejected) or 500 (not
 * recorded) with {@code {"code":"FAIL","message":…}} otherwise, which makes WeChat Pay retry.
 */
@RestController
@Tag(name = "Payment notifications", description = "Called by the providers; the signature is the authentication")
class WechatNotifyController {

    private static final Logger log = LoggerFactory.getLogger(WechatNotifyController.class);

    private final NotificationProcessor processor;

    WechatNotifyController(NotificationProcessor processor) {
        this.processor = processor;
    }

    /** WeChat Pay's failure answer. */
    record Fail(String code, String message) {
        static Fail of(String message) {
            return new Fail("FAIL", message);
        }
    }

    @Operation(summary = "WeChat Pay v3 payment notification (JSON + Wechatpay-* headers)",
            description = "204 when verified and recorded; 400/500 with {\"code\":\"FAIL\"} otherwise (WeChat Pay retries).")
    @PostMapping(path = "/api/pay/notify/wechat", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Fail> payment(@RequestBody(required = false) String body, @RequestHeader HttpHeaders headers) {
        return answer(body, headers);
    }

    @Operation(summary = "WeChat Pay v3 refund notification (REFUND.SUCCESS / ABNORMAL / CLOSED)",
            description = "Same answers as the payment notification.")
    @PostMapping(path = "/api/pay/notify/wechat/refund", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Fail> refund(@RequestBody(required = false) String body, @RequestHeader HttpHeaders headers) {
        return answer(body, headers);
    }

    private ResponseEntity<Fail> answer(String body, HttpHeaders headers) {
        NotificationOutcome outcome = processor.process(ChannelType.WECHAT,
                new NotificationRequest(body == null ? "" : body, firstValues(headers), Map.of()));
        return switch (outcome) {
            case APPLIED, ACKNOWLEDGED -> ResponseEntity.noContent().build();
            case REJECTED -> {
                log.info("WeChat Pay notification rejected");
                yield ResponseEntity.badRequest().body(Fail.of("notification rejected: it did not verify or is not ours"));
            }
            case FAILED -> ResponseEntity.internalServerError().body(Fail.of("notification not recorded; retry later"));
        };
    }

    /** WeChat Pay expects its failure form even when something unexpected broke, so that it retries. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Fail> unexpected(RuntimeException e) {
        log.error("WeChat Pay notification could not be processed", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Fail.of("internal error; retry later"));
    }

    private static Map<String, String> firstValues(HttpHeaders headers) {
        Map<String, String> map = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                map.put(name, values.getFirst());
            }
        });
        return map;
    }
}
