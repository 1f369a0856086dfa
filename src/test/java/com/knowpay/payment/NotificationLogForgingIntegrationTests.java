package com.knowpay.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A notification that fails verification is written to the security log, but what it claims is
 * not trusted there either: a line break in its trade number cannot start a forged log line, and
 * a huge value is cut.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationLogForgingIntegrationTests {

    private static final String FORGED_LINE = "2026-12-03T10:00:00.000Z INFO PaymentRecorder FORGED-PAID";

    @LocalServerPort
    int port;

    @Test
    void anUnverifiedTradeNumberCannotWriteALineOfItsOwn(CapturedOutput output) {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("out_trade_no", "KP1\r\n" + FORGED_LINE);
        forged.put("trade_status", "TRADE_SUCCESS");
        forged.put("total_amount", "1.00");
        forged.put("sign_type", "RSA2");
        forged.put("sign", "bm90IGEgc2lnbmF0dXJl");

        assertThat(PaymentTestKit.postForm(port, "/api/sandbox/notify", forged)).isEqualTo("failure");

        List<String> mentioning = output.getAll().lines().filter(l -> l.contains("FORGED-PAID")).toList();
        assertThat(mentioning).as("the rejection is logged, with the claimed number").isNotEmpty();
        assertThat(mentioning).as("and only ever inside the line that reports it, escaped")
                .allSatisfy(l -> assertThat(l).contains("KP1\\r\\n2026-12-03T10:00:00.000Z"));
    }

    @Test
    void aHugeClaimedValueIsCutInTheLog(CapturedOutput output) {
        String huge = "KP2" + "9".repeat(20_000);
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("out_trade_no", huge);
        forged.put("sign", "bm90IGEgc2lnbmF0dXJl");

        assertThat(PaymentTestKit.postForm(port, "/api/sandbox/notify", forged)).isEqualTo("failure");

        assertThat(output.getAll()).contains("KP2999").contains("(20003 chars)").doesNotContain("9".repeat(200));
    }
}
