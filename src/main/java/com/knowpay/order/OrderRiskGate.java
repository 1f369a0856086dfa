package com.knowpay.order;

import com.knowpay.catalog.CourseView;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptUpdated;
import com.knowpay.risk.OrderRiskContext;
import com.knowpay.risk.PaymentRiskContext;
import com.knowpay.risk.RiskDecision;
import com.knowpay.risk.RiskReviewResolved;
import com.knowpay.risk.RiskService;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.web.ClientAddress;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where orders meet risk control: consulted before an order is created and before each QR
 * (BLOCK refuses with a non-revealing message; REVIEW holds payment until an admin decides), and
 * told what became of orders and payments so its rules can look at history (risk's own listener
 * hears {@link OrderPaid}, {@link OrderCancelled} and {@link OrderPaymentFailed}).
 */
@Component
class OrderRiskGate {

    private static final Logger log = LoggerFactory.getLogger(OrderRiskGate.class);

    private final RiskService risk;
    private final OrderTransitions transitions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderRiskGate(RiskService risk, OrderTransitions transitions, ApplicationEventPublisher events, Clock clock) {
        this.risk = risk;
        this.events = events;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** Refuses (throws) a BLOCK; a REVIEW lets the order be created, its payment waits for the review. */
    RiskDecision beforeOrder(long userId, CourseView course, String orderNo) {
        RiskDecision d = risk.assessOrder(new OrderRiskContext(userId, ip(), null, course.id(), course.price().fen(), orderNo));
        return d.orThrow();
    }

    void beforePayment(OrderView order, ChannelType channel) {
        RiskDecision d = risk.assessPayment(new PaymentRiskContext(order.userId(), ip(), order.orderNo(), channel.name(),
                order.amount().fen())).orThrow();
        if (d.needsReview()) {
            throw DomainException.conflict("order-under-review",
                    "Your order is being reviewed; you'll be able to pay once it's approved.");
        }
    }

    /** A rejected review cancels the held order (reason RISK); an approved one simply lets payment start. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void on(RiskReviewResolved resolved) {
        if (resolved.approved() || resolved.subjectRef() == null || "REFUND".equals(resolved.subjectType())) {
            return;
        }
        transitions.find(resolved.subjectRef()).filter(OrderView::isOpen).ifPresent(o -> {
            transitions.cancel(o.orderNo(), CancelReason.RISK, clock.instant());
            log.info("Order {} cancelled: risk review {} rejected", o.orderNo(), resolved.reviewId());
        });
    }

    /**
     * A failed or declined attempt leaves the order open; risk keeps it in its history. The payment
     * module's event names no learner, so the order, which knows them, tells it as its own event
     * ({@link OrderPaymentFailed}), heard by risk's listener in this same transaction.
     */
    @EventListener
    void on(PaymentAttemptUpdated updated) {
        boolean declined = updated.status() == AttemptStatus.DECLINED;
        if (!declined && updated.status() != AttemptStatus.FAILED) {
            return;
        }
        transitions.find(updated.orderNo()).ifPresent(o -> events.publishEvent(new OrderPaymentFailed(o.orderNo(),
                updated.paymentNo(), declined, o.userId(), o.courseId(), o.amount(), clock.instant())));
    }

    private static String ip() {
        return ClientAddress.current().orElse(null);
    }
}
