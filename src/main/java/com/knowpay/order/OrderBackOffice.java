package com.knowpay.order;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.payment.PaymentInboxQuery;
import com.knowpay.payment.PaymentService;
import com.knowpay.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Collection;
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
 * Orders for everyone but the learner: the admin console and the other modules. (The learner's
 * own orders and commands are {@link OrderService}.)
 * <ul>
 *   <li>Admin console — {@link #search} and {@link #detail}, {@code ADMIN} only.</li>
 *   <li>Refund module — refund bookkeeping on the order: {@link #reserveRefund}, {@link #releaseRefund},
 *       {@link #applyRefund} join the caller's transaction and lock the order row, so concurrent
 *       requests can never promise more than was paid.</li>
 *   <li>Jobs and listeners (reconciliation, ledger check, screen pushes) — {@link #find}, {@link #records},
 *       {@link #recordsPaidBetween}, {@link #paidOrderNos}.</li>
 * </ul>
 * Everything except the admin queries does no authorisation: the calling module checks who is
 * asking (or runs as a job for nobody). Views serving people must not call those methods directly.
 */
@Service
@Transactional
public class OrderBackOffice {

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final OrderRecordQueries records;
    private final PaymentService payments;
    private final PaymentInboxQuery inbox;
    private final AccountService accounts;

    OrderBackOffice(OrderRepository orders, OrderTransitions transitions, OrderRecordQueries records,
                    PaymentService payments, PaymentInboxQuery inbox, AccountService accounts) {
        this.orders = orders;
        this.transitions = transitions;
        this.records = records;
        this.payments = payments;
        this.inbox = inbox;
        this.accounts = accounts;
    }

    /** The order with its attempts, whoever owns it. */
    @Transactional(readOnly = true)
    public Optional<OrderView> find(String orderNo) {
        return transitions.find(orderNo);
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

    /** The records of these orders, by order number; unknown numbers are left out. */
    @Transactional(readOnly = true)
    public Map<String, OrderRecord> records(Collection<String> orderNos) {
        return records.byOrderNo(orderNos);
    }

    /** Orders marked paid in [from, to), oldest payment first. */
    @Transactional(readOnly = true)
    public List<OrderRecord> recordsPaidBetween(Instant from, Instant to) {
        return records.paidBetween(from, to);
    }

    /** The admin search, newest first; a payment number or learner that matches nothing finds nothing. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Page<OrderView> search(OrderSearch s, int page, int size) {
        PageRequest pageRequest = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Direction.DESC, "createdAt"));
        String orderNo = blank(s.orderNo()) ? null : s.orderNo().trim();
        if (!blank(s.paymentNo())) {
            Optional<String> ofPayment = inbox.orderNoOfPayment(s.paymentNo());
            if (ofPayment.isEmpty() || (orderNo != null && !orderNo.equals(ofPayment.get()))) {
                return Page.empty(pageRequest);
            }
            orderNo = ofPayment.get();
        }
        Long userId = null;
        if (!blank(s.learnerUsername())) {
            Optional<UserView> user = accounts.findByUsername(s.learnerUsername().trim());
            if (user.isEmpty()) {
                return Page.empty(pageRequest);
            }
            userId = user.get().id();
        }
        String title = blank(s.courseTitle()) ? null : "%" + s.courseTitle().trim().toLowerCase(Locale.ROOT) + "%";
        Page<Order> found = orders.search(orderNo, userId, title, s.status(), s.from(), s.to(), pageRequest);
        Map<String, List<PaymentAttemptView>> attempts =
                payments.attemptsOf(found.getContent().stream().map(Order::orderNo).toList());
        return found.map(o -> o.toView(attempts.getOrDefault(o.orderNo(), List.of())));
    }

    /** Everything the order module knows about one order, for support. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Optional<AdminOrderDetail> detail(String orderNo) {
        return search(OrderSearch.byOrderNo(blank(orderNo) ? "-" : orderNo.trim()), 0, 1).stream().findFirst()
                .map(o -> new AdminOrderDetail(o,
                        accounts.find(o.userId()).map(UserView::username).orElse("#" + o.userId()),
                        inbox.notificationsOf(o.orderNo()), history(o.orderNo())));
    }

    private List<OrderHistoryEntry> history(String orderNo) {
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
