package com.knowpay.payment;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.knowpay.account.AccountService;
import com.knowpay.account.RegisterCommand;
import com.knowpay.catalog.CatalogService;
import com.knowpay.catalog.CourseDraft;
import com.knowpay.catalog.CourseKind;
import com.knowpay.ledger.CreatorBalance;
import com.knowpay.ledger.EntryKind;
import com.knowpay.ledger.InvariantReport;
import com.knowpay.ledger.JournalEntryView;
import com.knowpay.ledger.LedgerService;
import com.knowpay.order.OrderService;
import com.knowpay.order.OrderStatus;
import com.knowpay.order.OrderView;
import com.knowpay.reconciliation.MismatchSearch;
import com.knowpay.reconciliation.MismatchView;
import com.knowpay.reconciliation.ReconciliationRunView;
import com.knowpay.reconciliation.ReconciliationService;
import com.knowpay.reconciliation.RunStatus;
import com.knowpay.refund.RefundApproved;
import com.knowpay.refund.RefundAsk;
import com.knowpay.refund.RefundService;
import com.knowpay.refund.RefundStatus;
import com.knowpay.refund.RefundView;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.shared.security.Role;
import com.knowpay.support.IntegrationTest;
import com.knowpay.support.PaymentTestKit;
import com.knowpay.support.RunAs;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds made by people on Alipay and WeChat Pay (the fakes, through the real SDKs and our notify
 * endpoints): they reconcile against the providers' bills, and the ledger holds the creator's share
 * from approval until the refund succeeded (settled) or failed for good (released). In the payment
 * package so that it shares {@link RealChannelsContext} with the checkout tests.
 */
@IntegrationTest
class RealChannelsRefundsIntegrationTests extends RealChannelsContext {

    static final LocalDate TODAY = LocalDate.now(PaymentRecords.BILL_ZONE);
    static final Duration LATE = Duration.ofSeconds(2);

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired CatalogService catalog;
    @Autowired OrderService orders;
    @Autowired RefundService refunds;
    @Autowired LedgerService ledger;
    @Autowired ReconciliationService reconciliation;
    @Autowired PaymentBills bills;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    String creator;
    long creatorId;

    record Sale(String learner, String orderNo, String paymentNo, ChannelType channel) {
    }

    @BeforeEach
    void freshCreator() {
        ALIPAY.switches().reset();
        WECHAT.switches().reset();
        creator = "rc" + RunAs.unique();
        creatorId = accounts.register(new RegisterCommand(creator, "Creator " + creator, null, "teach2026x",
                Role.CREATOR)).id();
    }

    @Test
    void refundsApprovedByAnAdminOnAlipayAndWechatReconcileWithNoMismatch() {
        long course = course("150.00");
        Sale onAlipay = paid(ChannelType.ALIPAY, course);
        Sale onWechat = paid(ChannelType.WECHAT, course);

        RefundView alipayRefund = admin(() -> refunds.approve(asked(onAlipay), "ok"));
        assertThat(alipayRefund.status()).isEqualTo(RefundStatus.SUCCEEDED); // Alipay refunds synchronously
        RefundView wechatRefund = admin(() -> refunds.approve(asked(onWechat), "ok"));
        assertThat(wechatRefund.status()).isEqualTo(RefundStatus.PROCESSING);
        WECHAT.completeRefunds(onWechat.paymentNo());
        notifyWechatRefund(onWechat, wechatRefund.refundNo());
        await().until(() -> status(wechatRefund.refundNo()) == RefundStatus.SUCCEEDED);

        assertReconcilesWithNoMismatch(onAlipay, alipayRefund.refundNo());
        assertReconcilesWithNoMismatch(onWechat, wechatRefund.refundNo());
        await().untilAsserted(() -> assertThat(balance().total()).isEqualTo(Money.zero()));
        assertInvariantsHoldFor(onAlipay, onWechat);
    }

    @Test
    void anApprovedRefundHoldsTheCreatorsShareUntilItFailsForGood() {
        long course = course("150.00"); // below the second-approval threshold: one admin suffices
        Sale kept = paid(ChannelType.WECHAT, course);
        Sale refunded = paid(ChannelType.WECHAT, course);
        await().untilAsserted(() -> assertThat(balance().available()).isEqualTo(Money.ofYuan("240.00")));

        RefundView refund = admin(() -> refunds.approve(asked(refunded), "ok"));
        assertThat(refund.status()).isEqualTo(RefundStatus.PROCESSING);
        await().untilAsserted(() -> assertThat(balance().available()).isEqualTo(Money.ofYuan("120.00")));

        assertThatThrownBy(() -> asCreator(() -> ledger.requestPayout(Money.ofYuan("240.00"))))
                .isInstanceOf(DomainException.class);
        Money everything = asCreator(() -> ledger.myBalance().requestable());
        assertThat(asCreator(() -> ledger.requestPayout(everything)).amount()).isEqualTo(Money.ofYuan("120.00"));

        WECHAT.failRefunds(refunded.paymentNo());
        notifyWechatRefund(refunded, refund.refundNo());
        await().until(() -> status(refund.refundNo()) == RefundStatus.FAILED);
        await().untilAsserted(() -> assertThat(balance().available()).isEqualTo(Money.ofYuan("240.00")));
        assertThat(balance().requestable()).isEqualTo(Money.ofYuan("120.00")); // the rest is in the open payout

        // the approval delivered again (e.g. after a restart) holds nothing a second time
        int entries = entriesOf(refunded).size();
        redeliver(approvedEvent(refunded, refund));
        await().during(LATE).atMost(LATE.plusSeconds(5)).until(() -> entriesOf(refunded).size() == entries);
        assertThat(balance().available()).isEqualTo(Money.ofYuan("240.00"));
        assertInvariantsHoldFor(kept, refunded);
    }

    @Test
    void aRefundAboveTheThresholdIsHeldFromTheSecondApprovalAndSettledOnceWhenItSucceeds() {
        long course = course("300.00");
        Sale sale = paid(ChannelType.WECHAT, course);
        await().untilAsserted(() -> assertThat(balance().available()).isEqualTo(Money.ofYuan("240.00")));

        String refundNo = asked(sale);
        assertThat(admin(() -> refunds.approve(refundNo, "first")).status())
                .isEqualTo(RefundStatus.AWAITING_SECOND_APPROVAL);
        assertThat(balance().available()).isEqualTo(Money.ofYuan("240.00"));
        RefundView second = as(users, "admin2", () -> refunds.approve(refundNo, "second"));
        assertThat(second.status()).isEqualTo(RefundStatus.PROCESSING);
        await().untilAsserted(() -> assertThat(balance().available()).isEqualTo(Money.zero()));

        WECHAT.completeRefunds(sale.paymentNo());
        notifyWechatRefund(sale, refundNo);
        await().until(() -> admin(() -> ledger.entry("refund:" + refundNo)).isPresent());
        redeliver(approvedEvent(sale, second)); // a late approval after success posts nothing
        await().during(LATE).atMost(LATE.plusSeconds(5)).until(() -> entriesOf(sale).size() == 3);

        assertThat(entriesOf(sale)).extracting(JournalEntryView::kind)
                .containsExactly(EntryKind.PAYMENT, EntryKind.REFUND_APPROVED, EntryKind.REFUND);
        CreatorBalance after = balance();
        assertThat(after.available()).isEqualTo(Money.zero());
        assertThat(after.total()).isEqualTo(Money.zero());
        assertThat(after.owed()).isEqualTo(Money.zero());
        assertInvariantsHoldFor(sale);
    }

    // ---- helpers ------------------------------------------------------------------------------

    long course(String yuan) {
        return asCreator(() -> {
            var draft = catalog.create(new CourseDraft(CourseKind.COURSE, "Refund seam " + RunAs.unique(), null,
                    "Refunds on real channels", null, List.of("seam"), yuan, "Body"));
            return catalog.publish(draft.id()).id();
        });
    }

    /** A fresh learner bought the course on the channel; the provider's notification reached our endpoint. */
    Sale paid(ChannelType channel, long courseId) {
        String learner = PaymentTestKit.newLearner(accounts);
        OrderView order = as(users, learner, () -> orders.placeOrder(courseId));
        PaymentAttemptView attempt = as(users, learner, () -> orders.startPayment(order.orderNo(), channel));
        String paymentNo = attempt.paymentNo();
        if (channel == ChannelType.ALIPAY) {
            ALIPAY.pay(paymentNo);
            assertThat(ALIPAY.post(ALIPAY.notification(paymentNo), notifyUri("alipay"))).isEqualTo("success");
        } else {
            WECHAT.pay(paymentNo);
            assertThat(WECHAT.paymentNotification(paymentNo).post(notifyUri("wechat"))).startsWith("204");
        }
        await().until(() -> as(users, learner, () -> orders.get(order.orderNo())).status() == OrderStatus.PAID);
        Sale sale = new Sale(learner, order.orderNo(), paymentNo, channel);
        await().until(() -> admin(() -> ledger.entry("payment:" + paymentNo)).isPresent());
        return sale;
    }

    /** The learner asks for all of it back; returns the refund number. */
    String asked(Sale sale) {
        return as(users, sale.learner(), () -> refunds.request(sale.orderNo(), RefundAsk.of(null, "Not for me")))
                .refundNo();
    }

    void notifyWechatRefund(Sale sale, String refundNo) {
        assertThat(WECHAT.refundNotification(sale.paymentNo(), refundNo).post(notifyUri("wechat/refund")))
                .startsWith("204");
    }

    RefundApproved approvedEvent(Sale sale, RefundView refund) {
        return new RefundApproved(refund.refundNo(), sale.orderNo(), creatorId, sale.channel(), refund.amount(),
                refund.orderAmount(), Instant.now());
    }

    /** The approval again, as the publication registry delivers it after a restart: after commit, to every listener. */
    void redeliver(RefundApproved approved) {
        tx.executeWithoutResult(s -> events.publishEvent(approved));
    }

    RefundStatus status(String refundNo) {
        return admin(() -> refunds.get(refundNo)).status();
    }

    CreatorBalance balance() {
        return admin(() -> ledger.balanceOf(creatorId));
    }

    List<JournalEntryView> entriesOf(Sale sale) {
        return admin(() -> ledger.entriesOfOrder(sale.orderNo()));
    }

    /** Today's bill of the sale's channel, fetched from the fake through the real SDK, holds the refund; the run finds nothing about either. */
    void assertReconcilesWithNoMismatch(Sale sale, String refundNo) {
        assertThat(bills.fetch(sale.channel(), TODAY).lines()).as("the provider's bill holds the refund")
                .anyMatch(l -> l.type() == Bill.LineType.REFUND && refundNo.equals(l.outRefundNo()));
        ReconciliationRunView run = admin(() -> reconciliation.run(sale.channel(), TODAY));
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.note()).isNull();
        assertThat(mismatchesOf(sale.channel(), Set.of(sale.orderNo(), sale.paymentNo(), refundNo))).isEmpty();
    }

    List<MismatchView> mismatchesOf(ChannelType channel, Set<String> refs) {
        return admin(() -> reconciliation.mismatches(new MismatchSearch(null, null, channel, TODAY), 0, 500))
                .getContent().stream().filter(m -> java.util.stream.Stream.of(m.reference(), m.orderNo(), m.paymentNo(),
                        m.refundNo()).filter(java.util.Objects::nonNull).anyMatch(refs::contains)).toList();
    }

    /** Other tests' data may be in a shared database: only violations about this creator or these orders count. */
    void assertInvariantsHoldFor(Sale... sales) {
        InvariantReport report = admin(() -> ledger.checkInvariants());
        assertThat(report.violations()).noneMatch(v -> v.subject().contains("creator:" + creatorId)
                || List.of(sales).stream().anyMatch(s -> v.subject().contains(s.orderNo()) || v.detail().contains(s.orderNo())));
    }

    URI notifyUri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/pay/notify/" + path);
    }

    <T> T admin(Supplier<T> work) {
        return as(users, "admin", work);
    }

    <T> T asCreator(Supplier<T> work) {
        return as(users, creator, work);
    }
}
