package com.knowpay.reconciliation;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.audit.AuditEntryView;
import com.knowpay.audit.AuditService;
import com.knowpay.catalog.CatalogService;
import com.knowpay.entitlement.EntitlementService;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderView;
import com.knowpay.payment.AttemptStatus;
import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentAttemptView;
import com.knowpay.payment.PaymentRecords;
import com.knowpay.payment.PaymentService;
import com.knowpay.payment.sandbox.SandboxFaults;
import com.knowpay.payment.sandbox.SandboxProvider;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit;
import com.knowpay.support.RunAs;
import com.knowpay.support.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Reconciliation on real orders and sandbox payments: each mismatch type, idempotent re-runs, the three actions. */
@IntegrationTest
class ReconciliationIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(PaymentRecords.BILL_ZONE);

    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    OrderService orders;
    @Autowired
    PaymentService payments;
    @Autowired
    PaymentRecords paymentRecords;
    @Autowired
    EntitlementService entitlements;
    @Autowired
    UserDetailsService users;
    @Autowired
    SandboxProvider provider;
    @Autowired
    SandboxFaults faults;
    @Autowired
    ReconciliationService reconciliation;
    @Autowired
    ReconciliationRunner runner;
    @Autowired
    AuditService audit;
    @Autowired
    ReconciliationJob job;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetFaults() {
        faults.reset();
    }

    record Bought(String learner, OrderView order, PaymentAttemptView attempt) {
    }

    /** A fresh learner's order with a sandbox QR code, not paid yet. */
    Bought unpaid(int courseIndex) {
        String learner = PaymentTestKit.newLearner(accounts);
        long courseId = PaymentTestKit.pricedCourses(catalog).get(courseIndex).id();
        OrderView order = as(users, learner, () -> orders.placeOrder(courseId));
        PaymentAttemptView attempt = as(users, learner, () -> orders.startPayment(order.orderNo(), ChannelType.SANDBOX));
        return new Bought(learner, order, attempt);
    }

    /** Paid at the sandbox and recorded by us (notification delivered). */
    Bought paid(int courseIndex) {
        Bought b = unpaid(courseIndex);
        provider.pay(b.attempt().paymentNo());
        await().atMost(Duration.ofSeconds(15)).until(() -> status(b) == AttemptStatus.SUCCEEDED);
        return b;
    }

    /** Paid at the sandbox, but the notification was lost: our attempt is still open. */
    Bought paidButLost(int courseIndex) {
        Bought b = unpaid(courseIndex);
        faults.notificationsLost(true);
        provider.pay(b.attempt().paymentNo());
        faults.notificationsLost(false);
        return b;
    }

    AttemptStatus status(Bought b) {
        return paymentRecords.byPaymentNo(b.attempt().paymentNo()).orElseThrow().status();
    }

    static Bill.Line line(Bought b, Money amount) {
        return new Bill.Line(Bill.LineType.PAYMENT, b.attempt().paymentNo(), "SBX" + b.attempt().paymentNo(), null,
                amount, Instant.now(), "课程");
    }

    static Bill.Line line(Bought b) {
        return line(b, b.attempt().amount());
    }

    List<MismatchView> itemsFor(Set<String> refs) {
        return admin(() -> reconciliation.mismatches(new MismatchSearch(null, null, ChannelType.SANDBOX, TODAY), 0, 200))
                .getContent().stream().filter(m -> refs.contains(m.reference())).toList();
    }

    <T> T admin(java.util.function.Supplier<T> work) {
        return SignIn.as(users, "admin", work);
    }

    @Test
    void aBillWithEachKindOfMismatchQueuesExactlyThoseItemsAndReRunsChangeNothing() {
        Bought matched = paid(0);
        Bought lacking = paid(1);
        Bought differs = paid(2);
        Bought twice = paid(3);
        Bought lost = paidButLost(4);
        Bought cancelled = paid(5);
        jdbc.update("update orders set status = 'CANCELLED', cancel_reason = 'USER' where order_no = ?",
                cancelled.order().orderNo());
        String stranger = "KPX" + RunAs.unique();
        Bill bill = new Bill(ChannelType.SANDBOX, TODAY, List.of(line(matched),
                line(differs, differs.attempt().amount().plus(Money.fen(1))), line(twice), line(twice), line(lost),
                line(cancelled), new Bill.Line(Bill.LineType.PAYMENT, stranger, "SBXstranger", null, Money.fen(990),
                        Instant.now(), "陌生")));
        Set<String> refs = Set.of(matched.attempt().paymentNo(), lacking.attempt().paymentNo(),
                differs.attempt().paymentNo(), twice.attempt().paymentNo(), lost.attempt().paymentNo(),
                cancelled.attempt().paymentNo(), stranger);

        ReconciliationRunView first = runner.reconcile(bill, "test", RunProgress.NONE);

        assertThat(first.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(first.billLines()).isEqualTo(7);
        List<MismatchView> items = itemsFor(refs);
        assertThat(items).extracting(MismatchView::type, MismatchView::reference).containsExactlyInAnyOrder(
                tuple(MismatchType.MISSING_AT_PROVIDER, lacking.attempt().paymentNo()),
                tuple(MismatchType.AMOUNT_MISMATCH, differs.attempt().paymentNo()),
                tuple(MismatchType.DUPLICATE, twice.attempt().paymentNo()),
                tuple(MismatchType.MISSING_LOCALLY, lost.attempt().paymentNo()),
                tuple(MismatchType.STATUS_MISMATCH, cancelled.attempt().paymentNo()),
                tuple(MismatchType.MISSING_LOCALLY, stranger));
        assertThat(items).allMatch(MismatchView::isOpen);

        MismatchView explained = items.stream().filter(m -> m.type() == MismatchType.DUPLICATE).findFirst().orElseThrow();
        admin(() -> reconciliation.markExplained(explained.id(), "Provider double-listed it; confirmed by support"));
        ReconciliationRunView second = runner.reconcile(bill, "test", RunProgress.NONE);
        ReconciliationRunView third = runner.reconcile(bill, "test", RunProgress.NONE);

        assertThat(second.newMismatches()).isZero();
        assertThat(third.newMismatches()).isZero();
        assertThat(third.mismatches()).isEqualTo(second.mismatches());
        assertThat(third.billLines()).isEqualTo(second.billLines());
        List<MismatchView> after = itemsFor(refs);
        assertThat(after).extracting(MismatchView::id).containsExactlyInAnyOrderElementsOf(
                items.stream().map(MismatchView::id).toList());
        assertThat(after).filteredOn(m -> m.id() == explained.id()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MismatchStatus.RESOLVED);
            assertThat(m.resolution()).isEqualTo(Resolution.EXPLAINED);
            assertThat(m.resolvedBy()).isEqualTo("admin");
        });
        assertThat(after).filteredOn(m -> m.id() != explained.id()).allMatch(MismatchView::isOpen);
    }

    @Test
    void markExplainedNeedsANoteIsAdminOnlyAndAudited() {
        String stranger = "KPX" + RunAs.unique();
        runner.reconcile(new Bill(ChannelType.SANDBOX, TODAY, List.of(new Bill.Line(Bill.LineType.PAYMENT, stranger,
                "SBX" + stranger, null, Money.fen(100), Instant.now(), "x"))), "test", RunProgress.NONE);
        MismatchView item = itemsFor(Set.of(stranger)).get(0);

        assertThatThrownBy(() -> admin(() -> reconciliation.markExplained(item.id(), "  ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("note-required"));
        assertThatThrownBy(() -> SignIn.as(users, "learner", () -> reconciliation.markExplained(item.id(), "mine")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(admin(() -> reconciliation.mismatch(item.id())).isOpen()).isTrue();

        MismatchView done = admin(() -> reconciliation.markExplained(item.id(), "Test payment made in the console"));

        assertThat(done.resolution()).isEqualTo(Resolution.EXPLAINED);
        assertThat(done.note()).isEqualTo("Test payment made in the console");
        List<AuditEntryView> history = admin(() -> audit.history("reconciliation_mismatch", String.valueOf(item.id())));
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("reconciliation.explained");
            assertThat(e.note()).isEqualTo("Test payment made in the console");
        });
        assertThatThrownBy(() -> admin(() -> reconciliation.markExplained(item.id(), "again")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("mismatch-resolved"));
    }

    @Test
    void fulfilSettlesThroughTheCoreSoTheOrderIsPaidAndAccessGranted() {
        Bought lost = paidButLost(0);
        runner.reconcile(new Bill(ChannelType.SANDBOX, TODAY, List.of(line(lost))), "test", RunProgress.NONE);
        MismatchView item = itemsFor(Set.of(lost.attempt().paymentNo())).get(0);
        assertThat(item.type()).isEqualTo(MismatchType.MISSING_LOCALLY);

        MismatchView done = admin(() -> reconciliation.resolveFulfil(item.id(), "Notification lost"));

        assertThat(done.resolution()).isEqualTo(Resolution.FULFILLED);
        assertThat(status(lost)).isEqualTo(AttemptStatus.SUCCEEDED);
        assertThat(as(users, lost.learner(), () -> orders.get(lost.order().orderNo())).status()).isEqualTo(OrderStatus.PAID);
        await().atMost(Duration.ofSeconds(10)).until(() -> entitlements.hasAccess(lost.order().userId(),
                lost.order().courseId()));
        assertThat(admin(() -> audit.history("reconciliation_mismatch", String.valueOf(item.id()))))
                .extracting(AuditEntryView::action).containsExactly("reconciliation.fulfilled");
    }

    @Test
    void refundGivesMoneyForACancelledOrderBackThroughAnAutomaticRefund() {
        Bought b = unpaid(1);
        faults.closeFails(true);
        as(users, b.learner(), () -> orders.cancel(b.order().orderNo()));
        faults.closeFails(false);
        assertThat(as(users, b.learner(), () -> orders.get(b.order().orderNo())).status()).isEqualTo(OrderStatus.CANCELLED);
        faults.notificationsLost(true);
        provider.pay(b.attempt().paymentNo());
        faults.notificationsLost(false);
        runner.reconcile(new Bill(ChannelType.SANDBOX, TODAY, List.of(line(b))), "test", RunProgress.NONE);
        MismatchView item = itemsFor(Set.of(b.attempt().paymentNo())).get(0);
        assertThat(item.type()).isEqualTo(MismatchType.MISSING_LOCALLY);

        MismatchView done = admin(() -> reconciliation.resolveRefund(item.id(), "Order was cancelled"));

        assertThat(done.resolution()).isEqualTo(Resolution.REFUNDED);
        await().atMost(Duration.ofSeconds(15)).until(() -> status(b) == AttemptStatus.AUTO_REFUNDED);
        assertThat(paymentRecords.autoRefundsCompletedOn(ChannelType.SANDBOX, TODAY))
                .filteredOn(r -> r.paymentNo().equals(b.attempt().paymentNo())).singleElement()
                .satisfies(r -> assertThat(r.succeeded()).isTrue());
        assertThat(as(users, b.learner(), () -> orders.get(b.order().orderNo())).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void refundOfAKeptPaymentOnACancelledOrderUsesTheAutoRefundPath() {
        Bought b = paid(2);
        jdbc.update("update orders set status = 'CANCELLED', cancel_reason = 'USER' where order_no = ?", b.order().orderNo());
        runner.reconcile(new Bill(ChannelType.SANDBOX, TODAY, List.of(line(b))), "test", RunProgress.NONE);
        MismatchView item = itemsFor(Set.of(b.attempt().paymentNo())).get(0);
        assertThat(item.type()).isEqualTo(MismatchType.STATUS_MISMATCH);

        MismatchView done = admin(() -> reconciliation.resolveRefund(item.id(), null));

        assertThat(done.resolution()).isEqualTo(Resolution.REFUNDED);
        assertThat(status(b)).isEqualTo(AttemptStatus.AUTO_REFUNDED);
    }

    @Test
    void theRunFetchesTheSandboxBillAndReportsProgress() {
        Bought lost = paidButLost(3);
        List<RunProgress.Stage> stages = new ArrayList<>();
        AtomicInteger lastDone = new AtomicInteger();

        ReconciliationRunView run = admin(() -> reconciliation.run(ChannelType.SANDBOX, TODAY, (stage, done, total) -> {
            stages.add(stage);
            lastDone.set(done);
        }));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.billLines()).isPositive();
        assertThat(run.note()).isNull();
        assertThat(stages).startsWith(RunProgress.Stage.FETCHING, RunProgress.Stage.MATCHING).endsWith(RunProgress.Stage.DONE);
        assertThat(itemsFor(Set.of(lost.attempt().paymentNo()))).extracting(MismatchView::type)
                .containsExactly(MismatchType.MISSING_LOCALLY);
        assertThat(admin(() -> reconciliation.runs(ChannelType.SANDBOX, TODAY, 5))).extracting(ReconciliationRunView::id)
                .contains(run.id());
        assertThat(admin(() -> reconciliation.run(ChannelType.ALIPAY, TODAY)).status()).isEqualTo(RunStatus.FAILED);
        assertThat(admin(() -> reconciliation.runAll(TODAY))).extracting(ReconciliationRunView::channel)
                .containsExactlyElementsOf(admin(() -> reconciliation.channels()));
    }

    @Test
    void theDailyJobReconcilesYesterdayForEveryEnabledChannelAsSystem() {
        long lastBefore = admin(() -> reconciliation.runs(null, null, 1)).stream().mapToLong(ReconciliationRunView::id)
                .max().orElse(0);

        job.daily();

        List<ReconciliationRunView> made = admin(() -> reconciliation.runs(null, TODAY.minusDays(1), 50)).stream()
                .filter(r -> r.id() > lastBefore).toList();
        assertThat(made).extracting(ReconciliationRunView::channel).containsExactly(ChannelType.SANDBOX);
        assertThat(made).allSatisfy(r -> {
            assertThat(r.startedBy()).isEqualTo("system");
            assertThat(r.status()).isEqualTo(RunStatus.SUCCEEDED);
        });
    }
}
