package com.knowpay.order;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.payment.PaymentService;
import com.knowpay.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order module's API for the refund module and the admin console: refund bookkeeping on the
 * order (reserve, release, apply — each joins the caller's transaction and locks the order row so
 * concurrent requests can never promise more than was paid), and admin queries. Bookkeeping
 * methods do no authorisation: the refund module checks who is asking before it calls them.
 */
@Service
@Transactional
public class OrderBackOffice {

    private final OrderRepository orders;
    private final PaymentService payments;

    OrderBackOffice(OrderRepository orders, PaymentService payments) {
        this.orders = orders;
        this.payments = payments;
    }

    @Transactional(readOnly = true)
    public Optional<RefundableOrder> refundable(String orderNo) {
        return orders.findByOrderNo(orderNo == null ? "" : orderNo).map(this::refundable);
    }

    /** Holds {@code amount} of the order for a refund request; throws "refund-exceeds-paid" / "order-state". */
    public RefundableOrder reserveRefund(String orderNo, Money amount) {
        Order order = lock(orderNo);
        order.reserveRefund(amount);
        return refundable(orders.save(order));
    }

    public void releaseRefund(String orderNo, Money amount) {
        Order order = lock(orderNo);
        order.releaseRefund(amount);
        orders.save(order);
    }

    /** The provider refunded {@code amount}: PARTIALLY_REFUNDED, or REFUNDED when nothing is left. */
    public RefundableOrder applyRefund(String orderNo, Money amount, Instant at) {
        Order order = lock(orderNo);
        order.applyRefund(amount, at);
        return refundable(orders.save(order));
    }

    /** Orders that became paid in [from, to), for the ledger's invariant check. */
    @Transactional(readOnly = true)
    public Set<String> paidOrderNos(Instant from, Instant to) {
        return new HashSet<>(orders.paidBetween(from, to));
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Page<OrderView> search(OrderSearch s, int page, int size) {
        String title = s.courseTitle() == null || s.courseTitle().isBlank() ? null
                : "%" + s.courseTitle().trim().toLowerCase(Locale.ROOT) + "%";
        String orderNo = s.orderNo() == null || s.orderNo().isBlank() ? null : s.orderNo().trim();
        Page<Order> found = orders.search(orderNo, s.userId(), title, s.status(), s.from(), s.to(),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                        Sort.by(Sort.Direction.DESC, "createdAt")));
        Map<String, List<PaymentAttemptView>> attempts =
                payments.attemptsOf(found.getContent().stream().map(Order::orderNo).toList());
        return found.map(o -> o.toView(attempts.getOrDefault(o.orderNo(), List.of())));
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<OrderHistoryEntry> history(String orderNo) {
        return orders.findByOrderNo(orderNo).map(o -> o.history().stream()
                .map(h -> new OrderHistoryEntry(h.from(), h.to(), h.reason(), h.at())).toList()).orElse(List.of());
    }

    private Order lock(String orderNo) {
        return orders.lockByOrderNo(orderNo).orElseThrow(() -> OrderTransitions.notFound(orderNo));
    }

    private RefundableOrder refundable(Order o) {
        ChannelType channel = o.paidPaymentNo() == null ? null : payments.attemptsOf(o.orderNo()).stream()
                .filter(a -> a.paymentNo().equals(o.paidPaymentNo()))
                .map(PaymentAttemptView::channel).findFirst().orElse(null);
        return o.toRefundable(channel);
    }
}
