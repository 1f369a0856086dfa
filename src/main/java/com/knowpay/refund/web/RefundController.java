package com.knowpay.refund.web;

import com.knowpay.refund.RefundAsk;
import com.knowpay.refund.RefundService;
import com.knowpay.refund.RefundView;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.Money;
import com.knowpay.shared.web.AmountJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The learner's refund request (docs/ARCHITECTURE.md §9). Thin: parse, call RefundService, shape the answer. */
@RestController
@RequestMapping(path = "/api/orders", produces = "application/json")
@Tag(name = "Refunds", description = "Ask for (part of) a paid order's money back")
@SecurityRequirement(name = "bearer")
class RefundController {

    private final RefundService refunds;

    RefundController(RefundService refunds) {
        this.refunds = refunds;
    }

    @PostMapping(path = "/{orderNo}/refund-requests", consumes = "application/json")
    @Operation(summary = "Ask for a refund of an own paid order",
            description = "amount (yuan, e.g. \"10.00\") defaults to everything still refundable; reason is required "
                    + "(≤500 characters). The request waits for an admin. 404 for others' orders; 409 when the order "
                    + "is not refundable, the refund window has passed or the amount exceeds what is left; 400 on bad input.")
    ResponseEntity<Refund> create(@PathVariable String orderNo, @RequestBody(required = false) CreateRefund body) {
        Money amount = parse(body == null ? null : body.amount());
        RefundView r = refunds.request(orderNo, RefundAsk.of(amount, body == null ? null : body.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Refund.of(r));
    }

    record CreateRefund(String amount, String reason) {
    }

    record Refund(String refundNo, String status, AmountJson amount, String reason, OffsetDateTime createdAt) {

        static Refund of(RefundView r) {
            return new Refund(r.refundNo(), r.status().name(), AmountJson.of(r.amount()), r.reason(),
                    r.createdAt().atOffset(ZoneOffset.UTC));
        }
    }

    private static Money parse(String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return Money.ofYuan(amount);
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException(Map.of("amount", "amount must be yuan with at most two decimals, e.g. \"10.00\"."));
        }
    }
}
