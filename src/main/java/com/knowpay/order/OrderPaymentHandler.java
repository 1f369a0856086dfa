package com.knowpay.order;

import com.knowpay.payment.PaymentOutcomeHandler;
import com.knowpay.payment.PaymentSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, inside the payment core's transaction, what verified money means for the order: pay it,
 * revive it after a timeout, or hand the money back because the order no longer needs it.
 */
@Component
class OrderPaymentHandler implements PaymentOutcomeHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderPaymentHandler.class);

    private final OrderRepository orders;

    OrderPaymentHandler(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Decision onPaymentSucceeded(PaymentSucceeded payment) {
        Order order = orders.findByOrderNo(payment.orderNo())
                .orElseThrow(() -> new IllegalStateException("Payment " + payment.paymentNo() + " names unknown order "
                        + payment.orderNo()));
        Decision decision = decide(order, payment);
        log.info("Payment {} for order {} ({}): {}", payment.paymentNo(), order.orderNo(), order.status(), decision);
        return decision;
    }

    private Decision decide(Order order, PaymentSucceeded p) {
        switch (order.status()) {
            case PENDING_PAYMENT -> {
                order.markPaid(p.paymentNo(), p.channel(), p.paidAt());
                orders.save(order);
                return Decision.ACCEPTED;
            }
            case PAID, PARTIALLY_REFUNDED, REFUNDED -> {
                return p.paymentNo().equals(order.paidPaymentNo()) ? Decision.ACCEPTED : Decision.REFUND;
            }
            case CANCELLED -> {
                if (order.cancelReason() == CancelReason.TIMEOUT
                        && !orders.hasOtherLiveOrder(order.userId(), order.courseId(), order.orderNo())) {
                    order.revive(p.paymentNo(), p.channel(), p.paidAt());
                    orders.save(order);
                    return Decision.ACCEPTED;
                }
                return Decision.REFUND;
            }
            default -> throw new IllegalStateException("Unknown order status " + order.status());
        }
    }
}
