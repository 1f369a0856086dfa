package com.knowpay.order;

import com.knowpay.catalog.CourseView;
import com.knowpay.payment.PaymentService;
import com.knowpay.shared.BusinessNumbers;
import com.knowpay.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order module's short transactions, for {@link OrderService} and the sweeper, which call
 * providers between them. No authorisation here: callers check who may see or change the order.
 */
@Component
@Transactional
class OrderTransitions {

    private final OrderRepository orders;
    private final PaymentService payments;
    private final OrderSettings settings;
    private final Clock clock;

    OrderTransitions(OrderRepository orders, PaymentService payments, OrderSettings settings, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.settings = settings;
        this.clock = clock;
    }

    String nextOrderNo() {
        return BusinessNumbers.next('O', clock);
    }

    OrderView place(String orderNo, long userId, CourseView course) {
        Order order = Order.place(orderNo, userId, course, clock.instant(),
                settings.paymentTimeout());
        return orders.saveAndFlush(order).toView(List.of());
    }

    @Transactional(readOnly = true)
    Optional<OrderView> findOpen(long userId, long courseId) {
        return orders.findByOpenKey(Order.openKey(userId, courseId)).map(this::view);
    }

    @Transactional(readOnly = true)
    boolean ownsViaPaidOrder(long userId, long courseId) {
        return orders.ownsViaPaidOrder(userId, courseId);
    }

    @Transactional(readOnly = true)
    Optional<OrderView> find(String orderNo) {
        return orders.findByOrderNo(orderNo).map(this::view);
    }

    @Transactional(readOnly = true)
    OrderView view(String orderNo) {
        return find(orderNo).orElseThrow(() -> notFound(orderNo));
    }

    @Transactional(readOnly = true)
    List<OrderView> ofUser(long userId) {
        List<Order> list = orders.findByUserIdOrderByCreatedAtDesc(userId);
        Map<String, List<com.knowpay.payment.PaymentAttemptView>> attempts =
                payments.attemptsOf(list.stream().map(Order::orderNo).toList());
        return list.stream().map(o -> o.toView(attempts.getOrDefault(o.orderNo(), List.of()))).toList();
    }

    /** Cancels if still unpaid; a payment that got there first wins, and the paid order is returned. */
    OrderView cancel(String orderNo, CancelReason reason, Instant at) {
        Order order = orders.findByOrderNo(orderNo).orElseThrow(() -> notFound(orderNo));
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            order.cancel(reason, at);
            orders.save(order);
        }
        return view(order);
    }

    @Transactional(readOnly = true)
    List<OrderRepository.DueOrder> expiredBefore(Instant now, long afterId, int max) {
        return orders.findExpired(now, afterId, PageRequest.of(0, max));
    }

    private OrderView view(Order o) {
        return o.toView(payments.attemptsOf(o.orderNo()));
    }

    static DomainException notFound(String orderNo) {
        return DomainException.notFound("order-not-found", "There is no order " + orderNo + " in your account.");
    }
}
