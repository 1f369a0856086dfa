package com.knowpay.payment.sandbox;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.NotificationProcessor;
import com.knowpay.payment.NotificationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox provider's notifications, same rules as Alipay's endpoint: no login, the signature
 * is the authentication; answers exactly {@code success} when verified and recorded, else {@code failure}.
 */
@RestController
@Tag(name = "Provider notifications")
@ConditionalOnProperty(name = "knowpay.payment.sandbox.enabled", havingValue = "true")
class SandboxNotifyController {

    private final NotificationProcessor processor;

    SandboxNotifyController(NotificationProcessor processor) {
        this.processor = processor;
    }

    @Operation(summary = "Sandbox payment notification (form-encoded, RSA2-signed like Alipay's)")
    @PostMapping(path = "/api/sandbox/notify", produces = MediaType.TEXT_PLAIN_VALUE)
    String notify(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, v.length == 0 ? "" : v[0]));
        Map<String, String> headers = new LinkedHashMap<>();
        Collections.list(request.getHeaderNames()).forEach(h -> headers.put(h, request.getHeader(h)));
        NotificationRequest notification = new NotificationRequest(SandboxNotifier.form(params), headers, params);
        return processor.process(ChannelType.SANDBOX, notification).acknowledged() ? "success" : "failure";
    }
}
