package com.knowpay.order;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseAccess;
import com.knowpay.catalog.CourseView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.payment.PaymentService;
import com.knowpay.payment.SettleOutcome;
import com.knowpay.payment.StartAttempt;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.RaceRetry;
import com.knowpay.shared.security.CurrentUser;
import com.knowpay.shared.security.KnowPayPrincipal;
import com.knowpay.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The learner's orders: place, pay (one QR code per attempt), cancel, check, list. Every method
 * checks who is asking. Methods that reach a payment provider run without a transaction of their
 * own: they use the short transactions of {@link OrderTransitions} before and after the call, so no
 * database lock is held while a provider thinks.
 */
@Service
public class OrderService {

    private final OrderTransitions transitions;
    private final OrderRiskGate riskGate;
    private final OrderTimeouts timeouts;
    private final PaymentService payments;
    private final CatalogService catalog;
    private final CourseAccess entitlements;
    private final Clock clock;

    OrderService(OrderTransitions transitions, OrderTimeouts timeouts, PaymentService payments,
                 CatalogService catalog, CourseAccess entitlements, OrderRiskGate riskGate, Clock clock) {
        this.transitions = transitions;
        this.riskGate = riskGate;
        this.timeouts = timeouts;
        this.payments = payments;
        this.catalog = catalog;
        this.entitlements = entitlements;
        this.clock = clock;
    }

    /** The signed-in learner's open order for the course: the existing one, or a new one. */
    @RolesAllowed("LEARNER")
    public OrderView placeOrder(long courseId) {
        KnowPayPrincipal user = CurrentUser.require();
        CourseView course = catalog.requirePurchasable(courseId);
        Optional<OrderView> open = transitions.findOpen(user.userId(), courseId);
        if (open.isPresent() && !expired(open.get())) {
            return open.get();
        }
        open.ifPresent(o -> timeouts.expire(o.orderNo(), clock.instant()));
        if (entitlements.hasAccess(user.userId(), courseId) || transitions.ownsViaPaidOrder(user.userId(), courseId)) {
            throw DomainException.conflict("already-owned",
                    "You already own \"" + course.title() + "\"; open it from My learning.");
        }
        String orderNo = transitions.nextOrderNo();
        riskGate.beforeOrder(user.userId(), course, orderNo);
        try {
            return transitions.place(orderNo, user.userId(), course);
        } catch (DataIntegrityViolationException concurrentPlace) {
            // Two clicks raced; the UNIQUE open key let one through: that is the learner's order.
            return transitions.findOpen(user.userId(), courseId).orElseThrow(() -> concurrentPlace);
        }
    }

    /**
     * A new QR code for an open order. Earlier open attempts are queried and closed at their
     * providers first; if one of them turns out to be paid, the order is paid and this refuses.
     */
    @RolesAllowed("LEARNER")
    public PaymentAttemptView startPayment(String orderNo, ChannelType channel) {
        OrderView order = requireOpen(ownOrder(orderNo));
        if (channel == null || !payments.availableChannels().contains(channel)) {
            throw DomainException.invalid("channel-unavailable", "This payment method is not available; please choose another.");
        }
        if (expired(order)) {
            timeouts.expire(orderNo, clock.instant());
            throw DomainException.conflict("order-expired", "This order has expired; please place a new one.");
        }
        riskGate.beforePayment(order, channel);
        if (payments.settleOpenAttempts(orderNo) == SettleOutcome.PAID) {
            throw DomainException.conflict("order-paid", "This order has just been paid.");
        }
        OrderView fresh = requireOpen(transitions.view(orderNo));
        return payments.startAttempt(new StartAttempt(orderNo, channel, fresh.amount(), fresh.courseTitle(),
                fresh.expiresAt()));
    }

    /** Own orders only (admins: any). Anyone else learns nothing, not even that the order exists. */
    @RolesAllowed({"LEARNER", "ADMIN"})
    public OrderView get(String orderNo) {
        return ownOrder(orderNo);
    }

    /** The signed-in user's orders, newest first. */
    public List<OrderView> myOrders() {
        return transitions.ofUser(CurrentUser.require().userId());
    }

    /**
     * The learner cancels an unpaid order. The providers are asked first: a payment that already
     * landed makes the order PAID instead; otherwise the QR codes are closed and the order CANCELLED.
     */
    @RolesAllowed("LEARNER")
    public OrderView cancel(String orderNo) {
        OrderView order = ownOrder(orderNo);
        if (order.status() == OrderStatus.CANCELLED) {
            return order;
        }
        requireOpen(order);
        payments.settleOpenAttempts(orderNo);
        return RaceRetry.run("cancel " + orderNo, () -> transitions.cancel(orderNo, CancelReason.USER, clock.instant()));
    }

    /** "I have paid": asks the providers about the open attempts now instead of waiting for a notification. */
    @RolesAllowed("LEARNER")
    public OrderView checkNow(String orderNo) {
        OrderView order = ownOrder(orderNo);
        if (!order.isOpen()) {
            return order;
        }
        payments.queryOpenAttempts(orderNo);
        return transitions.view(orderNo);
    }

    public List<ChannelType> availableChannels() {
        return payments.availableChannels();
    }

    private OrderView ownOrder(String orderNo) {
        KnowPayPrincipal user = CurrentUser.require();
        return transitions.find(orderNo == null ? "" : orderNo)
                .filter(o -> o.userId() == user.userId() || user.hasRole(Role.ADMIN))
                .orElseThrow(() -> OrderTransitions.notFound(orderNo));
    }

    private boolean expired(OrderView order) {
        return order.isOpen() && !clock.instant().isBefore(order.expiresAt());
    }

    private static OrderView requireOpen(OrderView order) {
        if (!order.isOpen()) {
            throw DomainException.conflict("order-not-open", order.status() == OrderStatus.CANCELLED
                    ? "This order was cancelled; please place a new one."
                    : "This order is already paid; to get your money back, ask for a refund.");
        }
        return order;
    }
}
