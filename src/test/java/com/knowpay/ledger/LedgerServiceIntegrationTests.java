package com.knowpay.ledger;

import static com.knowpay.support.SignIn.as;
import static com.knowpay.ledger.LedgerFixtures.payment;
import static com.knowpay.ledger.LedgerFixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.audit.AuditEntryView;
import com.knowpay.audit.AuditService;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class LedgerServiceIntegrationTests {

    private static final Duration HOLD = Duration.ofDays(7);

    @Autowired
    LedgerService ledger;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    private UserView creator;
    private Instant now;

    @BeforeEach
    void freshCreator() {
        creator = LedgerFixtures.newCreator(accounts);
        now = Instant.now();
    }

    private CreatorBalance balance() {
        return as(users, "admin", () -> ledger.balanceOf(creator.id()));
    }

    private long entriesWithReference(String reference) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM journal_entry WHERE reference = ?", Long.class, reference);
    }

    @Test
    void aPaymentIsSplitIntoCommissionAndCreatorShare() {
        PaymentPosting p = payment(creator.id(), ChannelType.WECHAT, 9900, now);
        JournalEntryView entry = ledger.recordPayment(p);

        assertThat(entry.kind()).isEqualTo(EntryKind.PAYMENT);
        assertThat(entry.postings()).extracting(PostingView::accountCode, PostingView::amountFen).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PROVIDER_CLEARING:WECHAT", 9900L),
                org.assertj.core.groups.Tuple.tuple("PLATFORM_COMMISSION_REVENUE", -1980L),
                org.assertj.core.groups.Tuple.tuple("CREATOR_PAYABLE:" + creator.id(), -7920L));
        assertThat(entry.postings().stream().mapToLong(PostingView::amountFen).sum()).isZero();
        assertThat(entry.postings().get(2).availableAt()).isEqualTo(Times.micros(p.paidAt().plus(HOLD)));
        assertThat(balance().total()).isEqualTo(Money.fen(7920));
    }

    @Test
    void theSamePaymentPostsOnceAndAReusedReferenceIsRefused() {
        PaymentPosting p = payment(creator.id(), 5000, now);
        JournalEntryView first = ledger.recordPayment(p);
        JournalEntryView again = ledger.recordPayment(p);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(entriesWithReference(p.reference())).isEqualTo(1);
        assertThat(balance().total()).isEqualTo(Money.fen(4000));
        PaymentPosting otherOrderSameReference = new PaymentPosting(p.reference(), "O" + LedgerFixtures.unique(),
                creator.id(), p.channel(), p.gross(), now);
        assertThatThrownBy(() -> ledger.recordPayment(otherOrderSameReference))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-reference-reused");
        PaymentPosting sameOrderOtherReference = new PaymentPosting("payment:P" + LedgerFixtures.unique(), p.orderNo(),
                creator.id(), p.channel(), p.gross(), now);
        assertThatThrownBy(() -> ledger.recordPayment(sameOrderOtherReference))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-order-already-posted");
    }

    @Test
    void tenThreadsPostingTheSamePaymentPostItOnce() throws Exception {
        PaymentPosting p = payment(creator.id(), 12_345, now);
        List<JournalEntryView> results = concurrently(10, () -> ledger.recordPayment(p));

        assertThat(results).extracting(JournalEntryView::id).containsOnly(results.get(0).id());
        assertThat(entriesWithReference(p.reference())).isEqualTo(1);
        assertThat(balance().total().fen()).isEqualTo(12_345 - Commission.of(12_345, 2000));
    }

    @Test
    void settlementHoldKeepsASalePendingForSevenDaysAndARefundInsideItReducesPending() {
        ledger.recordPayment(payment(creator.id(), 10_000, now));
        CreatorBalance today = balance();
        assertThat(today.pending()).isEqualTo(Money.fen(8000));
        assertThat(today.available()).isEqualTo(Money.zero());

        CreatorBalance nextWeek = ledger.balanceAt(creator.id(), now.plus(HOLD).plusSeconds(1));
        assertThat(nextWeek.pending()).isEqualTo(Money.zero());
        assertThat(nextWeek.available()).isEqualTo(Money.fen(8000));

        PaymentPosting older = payment(creator.id(), 5000, now.minus(Duration.ofDays(8)));
        ledger.recordPayment(older);
        PaymentPosting recent = payment(creator.id(), 2500, now.minus(Duration.ofDays(1)));
        ledger.recordPayment(recent);
        ledger.recordRefund(refund(recent, 1000, now));

        CreatorBalance after = balance();
        assertThat(after.available()).as("the old sale is untouched").isEqualTo(Money.fen(4000));
        assertThat(after.pending()).as("8000 + 2000 − 800 of the refunded sale").isEqualTo(Money.fen(9200));
    }

    @Test
    void refundsAreSplitLikeThePaymentAndTheLastOneClosesExactly() {
        as(users, "admin", () -> ledger.setCreatorRate(creator.username(), 3333));
        PaymentPosting p = payment(creator.id(), ChannelType.SANDBOX, 1001, now.minus(Duration.ofDays(10)));
        ledger.recordPayment(p);

        RefundPosting first = refund(p, 333, now);
        JournalEntryView approved = ledger.recordRefundApproved(first);
        assertThat(approved.reference()).isEqualTo("approved:" + first.reference());
        assertThat(approved.postings()).extracting(PostingView::accountType).contains(AccountType.REFUNDS_PAYABLE);
        assertThat(ledger.recordRefundApproved(first).id()).isEqualTo(approved.id());
        JournalEntryView completed = ledger.recordRefund(first);
        assertThat(completed.postings()).extracting(PostingView::accountCode, PostingView::amountFen).containsExactly(
                org.assertj.core.groups.Tuple.tuple("REFUNDS_PAYABLE", 333L),
                org.assertj.core.groups.Tuple.tuple("PROVIDER_CLEARING:SANDBOX", -333L));
        assertThat(ledger.recordRefund(first).id()).isEqualTo(completed.id());

        ledger.recordRefund(refund(p, 600, now));
        assertThatThrownBy(() -> ledger.recordRefund(refund(p, 69, now)))
                .isInstanceOf(DomainException.class).hasMessageContaining("more than is left").hasMessageContaining("¥0.68");
        ledger.recordRefund(refund(p, 68, now));

        List<JournalEntryView> entries = as(users, "admin", () -> ledger.entriesOfOrder(p.orderNo()));
        long commission = entries.stream().flatMap(e -> e.postings().stream())
                .filter(x -> x.accountType() == AccountType.PLATFORM_COMMISSION_REVENUE).mapToLong(PostingView::amountFen).sum();
        long clearing = entries.stream().flatMap(e -> e.postings().stream())
                .filter(x -> x.accountType() == AccountType.PROVIDER_CLEARING).mapToLong(PostingView::amountFen).sum();
        assertThat(commission).as("all commission given back").isZero();
        assertThat(clearing).as("all money returned").isZero();
        assertThat(balance().total()).isEqualTo(Money.zero());
    }

    @Test
    void aRefundBeforeItsPaymentIsRefusedAndPostsOnRetry() {
        PaymentPosting p = payment(creator.id(), 3000, now);
        RefundPosting r = refund(p, 3000, now);
        assertThatThrownBy(() -> ledger.recordRefund(r)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-payment-not-posted");
        ledger.recordPayment(p);
        ledger.recordRefund(r);
        assertThat(balance().total()).isEqualTo(Money.zero());
    }

    @Test
    void aFailedRefundRestoresTheCreatorsShare() {
        PaymentPosting p = payment(creator.id(), 2000, now.minus(Duration.ofDays(9)));
        ledger.recordPayment(p);
        RefundPosting r = refund(p, 2000, now);
        ledger.recordRefundApproved(r);
        assertThat(balance().available()).isEqualTo(Money.zero());
        assertThat(ledger.recordRefundFailed(r.reference())).isPresent();
        assertThat(ledger.recordRefundFailed(r.reference())).as("idempotent").isPresent();
        assertThat(balance().available()).isEqualTo(Money.fen(1600));
        assertThat(ledger.recordRefundFailed("refund:nothing-" + LedgerFixtures.unique())).isEmpty();
    }

    @Test
    void payoutOverAvailableIsRefusedClearlyAndMarkingPaidPosts() {
        ledger.recordPayment(payment(creator.id(), 10_000, now.minus(Duration.ofDays(8))));
        ledger.recordPayment(payment(creator.id(), 10_000, now));

        assertThatThrownBy(() -> as(users, creator.username(), () -> ledger.requestPayout(Money.fen(8001))))
                .isInstanceOf(DomainException.class).hasMessage("You can request at most ¥80.00 now: that is your available balance.");
        assertThatThrownBy(() -> as(users, creator.username(), () -> ledger.requestPayout(Money.fen(99))))
                .isInstanceOf(DomainException.class).hasMessageContaining("smallest payout is ¥1.00");

        PayoutView requested = as(users, creator.username(), () -> ledger.requestPayout(Money.fen(5000)));
        assertThat(requested.status()).isEqualTo(PayoutStatus.REQUESTED);
        assertThatThrownBy(() -> as(users, creator.username(), () -> ledger.requestPayout(Money.fen(100))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-payout-open");
        assertThatThrownBy(() -> as(users, "admin", () -> ledger.markPayoutPaid(requested.id(), "B1")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-payout-state");

        as(users, "admin", () -> ledger.approvePayout(requested.id(), "ok"));
        String bankRef = "BANK" + LedgerFixtures.unique();
        PayoutView paid = as(users, "admin", () -> ledger.markPayoutPaid(requested.id(), bankRef));

        assertThat(paid.status()).isEqualTo(PayoutStatus.PAID);
        assertThat(paid.bankReference()).isEqualTo(bankRef);
        CreatorBalance after = balance();
        assertThat(after.available()).isEqualTo(Money.fen(3000));
        assertThat(after.pending()).isEqualTo(Money.fen(8000));
        assertThat(after.paidOut()).isEqualTo(Money.fen(5000));
        JournalEntryView entry = as(users, "admin", () -> ledger.entry("payout:" + paid.payoutNo())).orElseThrow();
        assertThat(entry.postings()).extracting(PostingView::accountCode, PostingView::amountFen).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CREATOR_PAYABLE:" + creator.id(), 5000L),
                org.assertj.core.groups.Tuple.tuple("PAYOUTS_CLEARING", -5000L));
        List<AuditEntryView> trail = as(users, "admin", () -> audit.history("payout", paid.payoutNo()));
        assertThat(trail).extracting(AuditEntryView::action).containsExactly("ledger.payout.approve", "ledger.payout.paid");
        assertThat(trail).extracting(AuditEntryView::actorName).containsOnly("admin");
        assertThat(as(users, creator.username(), () -> ledger.myPayouts())).extracting(PayoutView::status).containsExactly(PayoutStatus.PAID);
    }

    @Test
    void concurrentPayoutRequestsNeverExceedAvailable() throws Exception {
        ledger.recordPayment(payment(creator.id(), 10_000, now.minus(Duration.ofDays(8))));
        List<Object> outcomes = concurrently(10, () -> {
            try {
                return as(users, creator.username(), () -> ledger.requestPayout(Money.fen(6000)));
            } catch (DomainException refused) {
                return refused.code();
            }
        });
        assertThat(outcomes).filteredOn(PayoutView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(String.class::isInstance).containsOnly("ledger-payout-open");
        assertThat(as(users, creator.username(), () -> ledger.myPayouts())).hasSize(1);
    }

    @Test
    void aRefundAfterPayoutMakesTheCreatorOweAndTheNextSaleSettlesIt() {
        PaymentPosting sale = payment(creator.id(), 10_000, now.minus(Duration.ofDays(8)));
        ledger.recordPayment(sale);
        PayoutView payout = as(users, creator.username(), () -> ledger.requestPayout(Money.fen(8000)));
        as(users, "admin", () -> ledger.approvePayout(payout.id(), null));
        as(users, "admin", () -> ledger.markPayoutPaid(payout.id(), "BANK" + LedgerFixtures.unique()));

        ledger.recordRefund(refund(sale, 5000, now));
        CreatorBalance owing = balance();
        assertThat(owing.total()).isEqualTo(Money.zero());
        assertThat(owing.owed()).isEqualTo(Money.fen(4000));

        ledger.recordPayment(payment(creator.id(), 10_000, now));
        CreatorBalance settled = balance();
        assertThat(settled.owed()).isEqualTo(Money.zero());
        assertThat(settled.pending()).isEqualTo(Money.fen(4000));
    }

    @Test
    void reversalsPostTheOppositeAndKeepTheOriginal() {
        PaymentPosting p = payment(creator.id(), 4000, now);
        JournalEntryView original = ledger.recordPayment(p);
        assertThatThrownBy(() -> as(users, creator.username(), () -> ledger.reverse(p.reference(), "wrong trade")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "admin", () -> ledger.reverse(p.reference(), " ")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-reason-required");

        JournalEntryView reversal = as(users, "admin", () -> ledger.reverse(p.reference(), "posted for the wrong trade"));

        assertThat(reversal.reversesEntryId()).isEqualTo(original.id());
        assertThat(reversal.recordedBy()).isEqualTo("admin");
        assertThat(reversal.postings()).extracting(PostingView::amountFen)
                .containsExactlyElementsOf(original.postings().stream().map(x -> -x.amountFen()).toList());
        assertThat(as(users, "admin", () -> ledger.entry(p.reference())).orElseThrow()).isEqualTo(original);
        assertThat(balance().total()).isEqualTo(Money.zero());
        assertThatThrownBy(() -> as(users, "admin", () -> ledger.reverse(p.reference(), "again")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-already-reversed");
        assertThatThrownBy(() -> as(users, "admin", () -> ledger.reverse(reversal.reference(), "undo")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-reverse-reversal");
        assertThatThrownBy(() -> ledger.recordRefund(refund(p, 100, now)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-payment-reversed");
        assertThat(as(users, "admin", () -> audit.history("journal-entry", p.reference())))
                .extracting(AuditEntryView::action).containsExactly("ledger.reverse");
    }

    @Test
    void aReversalThatWouldMakeTheBalanceNegativeIsRefused() {
        PaymentPosting p = payment(creator.id(), 10_000, now.minus(Duration.ofDays(8)));
        ledger.recordPayment(p);
        PayoutView payout = as(users, creator.username(), () -> ledger.requestPayout(Money.fen(8000)));
        as(users, "admin", () -> ledger.approvePayout(payout.id(), null));
        as(users, "admin", () -> ledger.markPayoutPaid(payout.id(), "BANK" + LedgerFixtures.unique()));

        assertThatThrownBy(() -> as(users, "admin", () -> ledger.reverse(p.reference(), "mistake")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-reverse-unsound");
        // the bank returned the payout: reversing it gives the money back and the payment can then be reversed
        as(users, "admin", () -> ledger.reverse("payout:" + payout.payoutNo(), "bank returned the transfer"));
        assertThat(as(users, creator.username(), () -> ledger.myPayouts())).extracting(PayoutView::status)
                .containsExactly(PayoutStatus.RETURNED);
        assertThat(balance().paidOut()).isEqualTo(Money.zero());
        as(users, "admin", () -> ledger.reverse(p.reference(), "mistake"));
        assertThat(balance().total()).isEqualTo(Money.zero());
    }

    @Test
    void creatorsSeeOnlyTheirOwnEarnings() {
        ledger.recordPayment(payment(creator.id(), 1000, now));
        UserView other = LedgerFixtures.newCreator(accounts);
        UserView learner = LedgerFixtures.newLearner(accounts);

        assertThat(as(users, creator.username(), () -> ledger.balanceOf(creator.id())).total()).isEqualTo(Money.fen(800));
        assertThatThrownBy(() -> as(users, other.username(), () -> ledger.balanceOf(creator.id())))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-not-your-earnings");
        assertThatThrownBy(() -> as(users, other.username(), () -> ledger.statement(creator.id(), now.minusSeconds(60), now.plusSeconds(60))))
                .isInstanceOf(DomainException.class);
        assertThat(as(users, other.username(), () -> ledger.myStatement(now.minusSeconds(3600), now.plusSeconds(3600)))).isEmpty();
        assertThat(as(users, creator.username(), () -> ledger.myStatement(now.minusSeconds(3600), now.plusSeconds(3600))))
                .singleElement().satisfies(line -> {
                    assertThat(line.kind()).isEqualTo("PAYMENT");
                    assertThat(line.signedFen()).isEqualTo(800);
                });
        assertThatThrownBy(() -> as(users, learner.username(), () -> ledger.myBalance())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, creator.username(), () -> ledger.payouts(null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, creator.username(), () -> ledger.checkInvariants())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void commissionOverridesApplyToLaterSalesAndAreAudited() {
        as(users, "admin", () -> ledger.setCreatorRate(creator.username(), 1000));
        ledger.recordPayment(payment(creator.id(), 1000, now));
        assertThat(balance().total()).isEqualTo(Money.fen(900));
        assertThat(as(users, "admin", () -> ledger.creatorRates())).anySatisfy(r -> {
            assertThat(r.creatorId()).isEqualTo(creator.id());
            assertThat(r.rateBasisPoints()).isEqualTo(1000);
        });
        as(users, "admin", () -> ledger.removeCreatorRate(creator.id()));
        ledger.recordPayment(payment(creator.id(), 1000, now));
        assertThat(balance().total()).isEqualTo(Money.fen(1700));
        assertThat(as(users, "admin", () -> audit.history("creator", String.valueOf(creator.id()))))
                .extracting(AuditEntryView::action).containsExactly("ledger.rate.set", "ledger.rate.remove");
        assertThatThrownBy(() -> as(users, "admin", () -> ledger.setCreatorRate("learner", 100)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-creator-not-found");
    }

    @Test
    void postingsForSomeoneWhoIsNotACreatorAreRefused() {
        UserView learner = LedgerFixtures.newLearner(accounts);
        assertThatThrownBy(() -> ledger.recordPayment(payment(learner.id(), 100, now)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo("ledger-unknown-creator");
    }

    private static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
