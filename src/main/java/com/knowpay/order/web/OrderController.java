package com.knowpay.order.web;

import com.knowpay.order.OrderRefundLookup;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderView;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.FieldValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The learner's order API (docs/ARCHITECTURE.md §9). Thin: parse, call OrderService, shape the answer. */
@RestController
@RequestMapping(path = "/api/orders", produces = "application/json")
@Tag(name = "Orders", description = "Buy a course: create an order, start a QR payment, follow it")
@SecurityRequirement(name = "bearer")
class OrderController {

    private final OrderService orders;
    private final IdempotencyService idempotency;
    private final ObjectProvider<OrderRefundLookup> refunds;

    OrderController(OrderService orders, IdempotencyService idempotency, ObjectProvider<OrderRefundLookup> refunds) {
        this.orders = orders;
        this.idempotency = idempotency;
        this.refunds = refunds;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create an order for a course (honours Idempotency-Key)",
            description = "Returns the learner's existing open order for the course if there is one. "
                    + "The same Idempotency-Key with the same body within 24 h answers the first response again; "
                    + "with a different body it is refused with 409.")
    ResponseEntity<OrderJson.Order> create(@RequestBody OrderJson.CreateOrder body,
            @Parameter(description = "Client-chosen key, 1–100 printable characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (body == null || body.courseId() == null) {
            throw new FieldValidationException(Map.of("courseId", "courseId is required."));
        }
        long courseId = body.courseId();
        IdempotencyService.Replay<OrderJson.Order> result = idempotency.execute(idempotencyKey,
                "POST /api/orders courseId=" + courseId, OrderJson.Order.class,
                () -> OrderJson.Order.of(orders.placeOrder(courseId)));
        return ResponseEntity.status(HttpStatus.CREATED).header("Idempotent-Replayed", String.valueOf(result.replayed()))
                .body(result.body());
    }

    @PostMapping(path = "/{orderNo}/payments", consumes = "application/json")
    @Operation(summary = "Start a QR payment for an open order",
            description = "Answers paymentNo (the out_trade_no sent to the provider), channel, qrContent (what the QR encodes) and expiresAt.")
    ResponseEntity<PaymentStarted> startPayment(@PathVariable String orderNo, @RequestBody OrderJson.CreatePayment body) {
        ChannelType channel = parseChannel(body == null ? null : body.channel());
        var attempt = orders.startPayment(orderNo, channel);
        return ResponseEntity.status(HttpStatus.CREATED).body(new PaymentStarted(attempt.paymentNo(),
                attempt.channel().name(), attempt.qrContent(), OrderJson.time(attempt.expiresAt()),
                attempt.status().name(), attempt.failureReason()));
    }

    @GetMapping
    @Operation(summary = "The signed-in learner's orders, newest first")
    List<OrderJson.Order> list() {
        return orders.myOrders().stream().map(OrderJson.Order::of).toList();
    }

    @GetMapping("/{orderNo}")
    @Operation(summary = "One of the learner's orders with its payment attempts and refunds")
    OrderJson.Order get(@PathVariable String orderNo) {
        OrderView order = orders.get(orderNo);
        OrderRefundLookup lookup = refunds.getIfAvailable();
        return OrderJson.Order.of(order, lookup == null ? List.of() : lookup.refundsOf(order.orderNo()));
    }

    @PostMapping("/{orderNo}/cancel")
    @Operation(summary = "Cancel an open order (asks the provider first: a paid order is not cancelled)",
            description = "Idempotent: cancelling a cancelled order answers its state again. A paid order answers 409.")
    OrderJson.Order cancel(@PathVariable String orderNo) {
        OrderView o = orders.cancel(orderNo);
        return OrderJson.Order.of(o);
    }

    record PaymentStarted(String paymentNo, String channel, String qrContent, java.time.OffsetDateTime expiresAt,
                          String status, String failureReason) {
    }

    private static ChannelType parseChannel(String channel) {
        if (channel == null || channel.isBlank()) {
            throw new FieldValidationException(Map.of("channel", "channel is required: one of "
                    + Arrays.toString(ChannelType.values()) + "."));
        }
        try {
            return ChannelType.valueOf(channel.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException(Map.of("channel", "Unknown channel '" + channel + "': use one of "
                    + Arrays.toString(ChannelType.values()) + "."));
        }
    }
}
