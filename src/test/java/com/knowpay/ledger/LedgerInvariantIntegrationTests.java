package com.knowpay.ledger;

import static com.knowpay.support.SignIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.ledger.InvariantReport.Outcome;
import com.knowpay.payment.ChannelType;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.Money;
import com.knowpay.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The books on the real database: a random business sequence, then the invariant job and its expectation hooks. */
@IntegrationTest
class LedgerInvariantIntegrationTests {

    @Autowired
    LedgerService ledger;

    @Autowired
    InvariantChecker checker;

    @Autowired
    CreatorStates states;

    @Autowired
    OrderSplitRepository splits;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRandomSequenceAgainstTheDatabaseKeepsTheBooksBalanced() {
        UserView[] creators = {LedgerFixtures.newCreator(accounts), LedgerFixtures.newCreator(accounts)};
        Random random = new Random(42);
        List<PaymentPosting> sales = new ArrayList<>();
        List<String> references = new ArrayList<>();
        int refused = 0;
        for (int step = 0; step < 60; step++) {
            Instant now = Instant.now();
            UserView creator = creators[random.nextInt(creators.length)];
            int dice = random.nextInt(100);
            try {
                if (dice < 35 || sales.isEmpty()) {
                    PaymentPosting p = LedgerFixtures.payment(creator.id(), ChannelType.values()[random.nextInt(3)],
                            1 + random.nextInt(20_000), now.minus(Duration.ofHours(random.nextInt(24 * 12))));
                    ledger.recordPayment(p);
                    sales.add(p);
                    references.add(p.reference());
                } else if (dice < 60) {
                    PaymentPosting sale = sales.get(random.nextInt(sales.size()));
                    OrderSplit split = splits.findByOrderNo(sale.orderNo()).orElseThrow();
                    long left = split.remainingFen();
                    long amount = left <= 1 ? 1 : random.nextInt(3) == 0 ? left : 1 + random.nextLong(left);
                    RefundPosting r = LedgerFixtures.refund(sale, amount, now);
                    if (random.nextBoolean()) {
                        ledger.recordRefundApproved(r);
                    }
                    references.add(ledger.recordRefund(r).reference());
                } else if (dice < 80) {
                    long available = as(users, "admin", () -> ledger.balanceOf(creator.id())).requestable().fen();
                    PayoutView payout = as(users, creator.username(), () -> ledger.requestPayout(Money.fen(Math.max(100, available / 2))));
                    as(users, "admin", () -> ledger.approvePayout(payout.id(), "ok"));
                    as(users, "admin", () -> ledger.markPayoutPaid(payout.id(), "B" + LedgerFixtures.unique()));
                    references.add("payout:" + payout.payoutNo());
                } else {
                    String reference = references.get(random.nextInt(references.size()));
                    as(users, "admin", () -> ledger.reverse(reference, "random correction"));
                }
            } catch (DomainException refusedByTheRules) {
                refused++;
            }
            assertBooks(creators, "step " + step);
        }
        assertThat(refused).as("some moves were refused by the rules").isPositive().isLessThan(60);
        InvariantReport report = checker.run(null);
        for (UserView c : creators) {
            assertThat(report.violations()).noneMatch(v -> v.subject().contains("creator:" + c.id()));
        }
        assertThat(report.violations()).noneMatch(v -> sales.stream().anyMatch(s -> v.subject().contains(s.orderNo())));
    }

    private void assertBooks(UserView[] creators, String context) {
        long[] ids = {creators[0].id(), creators[1].id()};
        Long sum = jdbc.queryForObject("""
                SELECT COALESCE(SUM(p.amount_fen), 0) FROM ledger_posting p JOIN journal_entry e ON e.id = p.entry_id
                WHERE e.creator_id IN (?, ?)""", Long.class, ids[0], ids[1]);
        assertThat(sum).as(context + ": postings of these creators' entries sum to zero").isZero();
        List<Long> unbalanced = jdbc.queryForList("""
                SELECT e.id FROM journal_entry e JOIN ledger_posting p ON p.entry_id = e.id WHERE e.creator_id IN (?, ?)
                GROUP BY e.id HAVING SUM(p.amount_fen) <> 0""", Long.class, ids[0], ids[1]);
        assertThat(unbalanced).as(context + ": unbalanced entries").isEmpty();
        Instant now = Instant.now();
        for (long id : ids) {
            CreatorPosition position = states.position(id, Times.micros(now));
            assertThat(position.isSound(Times.micros(now))).as(context + ": creator " + id + " never negative").isTrue();
        }
        List<Object[]> orderRows = jdbc.query("""
                SELECT gross_fen, commission_fen, creator_fen, refunded_commission_fen, refunded_creator_fen
                FROM ledger_order_split WHERE creator_id IN (?, ?)""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}, ids[0], ids[1]);
        for (Object[] row : orderRows) {
            long gross = (Long) row[0];
            long commission = (Long) row[1];
            long creatorShare = (Long) row[2];
            assertThat(commission + creatorShare).as(context + ": commission + creator = gross").isEqualTo(gross);
            assertThat((Long) row[3] + (Long) row[4]).as(context + ": refunded ≤ paid").isBetween(0L, gross);
        }
    }

    @Test
    void paidOrdersAndCompletedRefundsAreCheckedAgainstTheOwningModulesWhenTheyTellUs() {
        UserView creator = LedgerFixtures.newCreator(accounts);
        PaymentPosting posted = LedgerFixtures.payment(creator.id(), 2000, Instant.now());
        ledger.recordPayment(posted);
        RefundPosting refund = LedgerFixtures.refund(posted, 500, Instant.now());
        ledger.recordRefund(refund);
        String missingOrder = "O" + LedgerFixtures.unique();
        String missingRefund = "R" + LedgerFixtures.unique();
        String postedRefundNo = refund.reference().substring("refund:".length());

        InvariantReport report = checker.run(new LedgerExpectations() {
            @Override
            public Set<String> paidOrderNos(Instant from, Instant to) {
                return Set.of(posted.orderNo(), missingOrder);
            }

            @Override
            public Set<String> completedRefundNos(Instant from, Instant to) {
                return Set.of(postedRefundNo, missingRefund);
            }
        });

        assertThat(report.checks()).containsEntry(InvariantChecker.PAID_ORDERS, Outcome.FAILED)
                .containsEntry(InvariantChecker.COMPLETED_REFUNDS, Outcome.FAILED);
        assertThat(report.violations()).extracting(InvariantReport.Violation::subject)
                .contains("order:" + missingOrder, "refund:" + missingRefund)
                .doesNotContain("order:" + posted.orderNo(), "refund:" + postedRefundNo);
        assertThat(report.figures()).containsEntry("expected.paidOrders", 2L);

        InvariantReport without = checker.run(null);
        assertThat(without.checks()).containsEntry(InvariantChecker.PAID_ORDERS, Outcome.NOT_CHECKED)
                .containsEntry(InvariantChecker.COMPLETED_REFUNDS, Outcome.NOT_CHECKED);
        assertThat(without.violations()).extracting(InvariantReport.Violation::subject)
                .doesNotContain("order:" + missingOrder, "refund:" + missingRefund);
        Long cleared = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_violation WHERE subject = ? AND cleared_at IS NOT NULL",
                Long.class, "order:" + missingOrder);
        assertThat(cleared).as("kept, marked cleared, not deleted").isEqualTo(1);
    }

    @Test
    void theExpectationsSideFailingMeansNotCheckedNotAllClear() {
        InvariantReport report = checker.run(new LedgerExpectations() {
            @Override
            public Set<String> paidOrderNos(Instant from, Instant to) {
                throw new IllegalStateException("order database unavailable");
            }

            @Override
            public Set<String> completedRefundNos(Instant from, Instant to) {
                return Set.of();
            }
        });
        assertThat(report.checks()).containsEntry(InvariantChecker.PAID_ORDERS, Outcome.NOT_CHECKED)
                .containsEntry(InvariantChecker.COMPLETED_REFUNDS, Outcome.PASSED);
    }
}
