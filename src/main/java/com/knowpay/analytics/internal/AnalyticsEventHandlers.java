package com.knowpay.analytics.internal;

import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseView;
import com.knowpay.ledger.LedgerService;
import com.knowpay.order.OrderPaid;
import com.knowpay.payment.TestMoney;
import com.knowpay.order.OrderPlaced;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.PaymentAttemptUpdated;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.payment.PaymentService;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the roll-ups from order and payment events after their transaction committed (Spring Modulith
 * redelivers an event cut off by a crash; the writer's event keys make that harmless).
 * Commission uses the ledger's default rate: per-creator overrides are admin-only in the ledger's API.
 */
@Component
class AnalyticsEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsEventHandlers.class);

    private final RollupWriter writer;
    private final CatalogService catalog;
    private final PaymentService payments;
    private final LedgerService ledger;
    private final TestMoney testMoney;
    private final ApplicationEventPublisher events;

    AnalyticsEventHandlers(RollupWriter writer, CatalogService catalog, PaymentService payments, LedgerService ledger,
                           TestMoney testMoney, ApplicationEventPublisher events) {
        this.events = events;
        this.testMoney = testMoney;
        this.writer = writer;
        this.catalog = catalog;
        this.payments = payments;
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        Optional<CourseView> course = catalog.findVisible(placed.courseId());
        if (course.isEmpty()) {
            log.warn("Order {} is for course {} that is not visible; not counted as a checkout", placed.orderNo(),
                    placed.courseId());
            return;
        }
        writer.placed(placed.orderNo(), placed.userId(), placed.courseId(), course.get().creatorId(), placed.createdAt());
    }

    /** Test money (the sandbox outside the embedded demo) is no sale: it stays out of every dashboard. */
    @ApplicationModuleListener
    void on(OrderPaid paid) {
        if (testMoney.is(paid.channel())) {
            log.info("Order {} was paid with test money ({}); not counted in the dashboards", paid.orderNo(), paid.channel());
            return;
        }
        CourseView course = catalog.findVisible(paid.courseId()).orElse(null);
        String kind = course == null ? "COURSE" : course.kind().name();
        String tags = course == null ? "" : tags(course);
        writer.paid(new PaidOrder(paid.orderNo(), paid.userId(), paid.courseId(), paid.creatorId(), kind, tags,
                paid.channel().name(), paid.amount().fen(), paid.paidAt()), ledger.defaultCommissionRate());
    }

    /**
     * A QR code shown (attempt PENDING) counts as one try on that channel. Checked here, in the
     * publishing transaction, so the other attempt changes (a success, a close) store no publication
     * that would do nothing; a shown QR becomes a {@link QrShown} that {@link #on(QrShown)} handles
     * after commit, durably.
     */
    @EventListener
    void on(PaymentAttemptUpdated updated) {
        if (updated.status() == AttemptStatus.PENDING) {
            events.publishEvent(new QrShown(updated.orderNo(), updated.paymentNo()));
        }
    }

    @ApplicationModuleListener
    void on(QrShown shown) {
        payments.attemptsOf(shown.orderNo()).stream().filter(a -> a.paymentNo().equals(shown.paymentNo()))
                .findFirst().ifPresent(a -> shown(a));
    }

    /** A payment attempt's QR code was shown; analytics' own event. */
    record QrShown(String orderNo, String paymentNo) {
    }

    private void shown(PaymentAttemptView a) {
        writer.attemptShown(a.paymentNo(), a.channel().name(), a.createdAt());
    }

    static String tags(CourseView c) {
        String joined = String.join(",", c.tags()).toLowerCase(Locale.ROOT);
        return joined.length() > 300 ? joined.substring(0, 300) : joined;
    }
}
