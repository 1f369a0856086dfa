package com.knowpay.refund;

import static com.knowpay.support.SignIn.as;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseSearch;
import com.knowpay.catalog.CourseView;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.ledger.LedgerService;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderView;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.support.PaymentTestKit;
import java.time.Duration;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Built from the context's beans in each test class. Paid sandbox orders for fresh learners (the test database is shared), posted in the ledger. */
public class RefundFixtures {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private final AccountService accounts;
    private final CatalogService catalog;
    private final OrderService orders;
    private final EntitlementService entitlements;
    private final LedgerService ledger;
    private final UserDetailsService users;
    private final SandboxProvider provider;

    public RefundFixtures(AccountService accounts, CatalogService catalog, OrderService orders,
                          EntitlementService entitlements, LedgerService ledger, UserDetailsService users,
                          SandboxProvider provider) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.orders = orders;
        this.entitlements = entitlements;
        this.ledger = ledger;
        this.users = users;
        this.provider = provider;
    }

    public record Paid(String learner, long userId, OrderView order) {

        public String orderNo() {
            return order.orderNo();
        }
    }

    public String newLearner() {
        return PaymentTestKit.newLearner(accounts);
    }

    public long userId(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    /** The demo catalogue's course of this title (the first one seeded, whatever other tests created since). */
    public CourseView demoCourse(String title) {
        return catalog.search(new CourseSearch(title, null, null, CourseSearch.Sort.NEWEST), 0, 100).getContent().stream()
                .filter(c -> c.title().equals(title) && c.isPurchasable())
                .min(java.util.Comparator.comparingLong(CourseView::id)).orElseThrow();
    }

    /** A fresh learner who bought the demo course with this title through the sandbox wallet. */
    public Paid paidOrder(String courseTitle) {
        String learner = newLearner();
        CourseView course = demoCourse(courseTitle);
        OrderView placed = as(users, learner, () -> orders.placeOrder(course.id()));
        PaymentAttemptView attempt = as(users, learner,
                () -> orders.startPayment(placed.orderNo(), ChannelType.SANDBOX));
        provider.pay(attempt.paymentNo());
        await().atMost(WAIT).until(() -> as(users, learner, () -> orders.get(placed.orderNo())).status() == OrderStatus.PAID);
        long userId = userId(learner);
        await().atMost(WAIT).until(() -> entitlements.hasAccess(userId, course.id()));
        OrderView paid = as(users, learner, () -> orders.get(placed.orderNo()));
        // the ledger posts the sale after commit (OrderPaid); refund postings need it there first
        await().atMost(WAIT).until(() -> as(users, "admin", () -> ledger.entry("payment:" + attempt.paymentNo())).isPresent());
        return new Paid(learner, userId, paid);
    }
}
