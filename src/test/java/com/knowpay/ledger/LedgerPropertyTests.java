package com.knowpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.knowpay.payment.ChannelType;
import com.knowpay.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Randomized sequences of payments, partial and full refunds (one- and two-step), payouts,
 * reversals and the passing of time over several creators and channels. After every step the
 * books must hold: all postings sum to zero, every entry sums to zero, no creator balance is
 * negative, no order is refunded beyond what was paid, commission + creator share = gross.
 */
class LedgerPropertyTests {

    private static final long[] CREATORS = {101, 102, 103, 104};
    private static final ChannelType[] CHANNELS = ChannelType.values();
    private static final Duration HOLD = Duration.ofDays(7);

    private int reversals;
    private int receivableLines;
    private int refusedPayouts;

    @Test
    void booksStayBalancedUnderRandomBusiness() {
        int steps = 0;
        for (int seed = 1; seed <= 200; seed++) {
            steps += runSequence(seed, 150);
        }
        assertThat(steps).isEqualTo(200 * 150);
        // the sequences reached the interesting corners, not only the happy path
        assertThat(reversals).isGreaterThan(100);
        assertThat(receivableLines).isGreaterThan(10);
        assertThat(refusedPayouts).isGreaterThan(100);
    }

    private int runSequence(long seed, int length) {
        Random random = new Random(seed);
        int rate = new int[] {0, 1000, 2000, 3333, 10_000}[random.nextInt(5)];
        InMemoryBook book = new InMemoryBook(Instant.parse("2026-01-01T00:00:00Z"), HOLD, rate);
        List<String> orders = new ArrayList<>();
        int refunds = 0;
        int payouts = 0;
        for (int step = 0; step < length; step++) {
            String context = "seed " + seed + " step " + step;
            int dice = random.nextInt(100);
            if (dice < 35 || orders.isEmpty()) {
                String no = seed + "-" + step;
                long creator = CREATORS[random.nextInt(CREATORS.length)];
                Instant paidAt = book.now.minus(Duration.ofHours(random.nextInt(24 * 10)));
                PaymentPosting p = InMemoryBook.payment(no, creator, CHANNELS[random.nextInt(CHANNELS.length)],
                        1 + random.nextInt(random.nextBoolean() ? 100 : 50_000), paidAt);
                assertThat(book.payment(p)).as(context).isTrue();
                assertThat(book.payment(p)).as(context + " (repeat)").isFalse();
                orders.add(p.orderNo());
            } else if (dice < 60) {
                OrderSplit split = book.split(orders.get(random.nextInt(orders.size()))).orElseThrow();
                if (!split.isReversed() && split.remainingFen() > 0) {
                    long amount = random.nextInt(3) == 0 ? split.remainingFen() : 1 + random.nextLong(split.remainingFen());
                    RefundPosting r = new RefundPosting("refund:R" + seed + "-" + step, split.getOrderNo(), split.getCreatorId(),
                            split.getChannel(), Money.fen(amount), Money.fen(split.getGrossFen()), book.now);
                    book.refund(r, random.nextBoolean());
                    refunds++;
                }
            } else if (dice < 75) {
                long creator = CREATORS[random.nextInt(CREATORS.length)];
                long available = book.position(creator).available(book.now);
                long amount = available <= 0 ? 1 + random.nextInt(100)
                        : random.nextInt(4) == 0 ? available + 1 : 1 + random.nextLong(available);
                boolean paid = book.payout(creator, amount, "W" + seed + "-" + step);
                assertThat(paid).as(context + " payout " + amount + " of " + available).isEqualTo(amount <= available);
                payouts += paid ? 1 : 0;
                refusedPayouts += paid ? 0 : 1;
            } else if (dice < 85) {
                List<String> refs = new ArrayList<>(book.entries.keySet());
                reversals += book.reverse(refs.get(random.nextInt(refs.size()))) ? 1 : 0;
            } else {
                book.now = book.now.plus(Duration.ofHours(1 + random.nextInt(72)));
            }
            assertInvariants(book, context);
        }
        assertThat(refunds + payouts).as("seed " + seed + " exercised refunds/payouts").isPositive();
        receivableLines += (int) book.allLines().stream().filter(l -> l.account().type() == AccountType.CREATOR_RECEIVABLE).count();
        return length;
    }

    private static void assertInvariants(InMemoryBook book, String context) {
        assertThat(book.allLines().stream().mapToLong(Line::amountFen).sum()).as(context + ": all postings sum").isZero();
        for (JournalEntry e : book.entries.values()) {
            assertThat(e.lines().stream().mapToLong(Line::amountFen).sum()).as(context + ": entry " + e.getReference()).isZero();
        }
        for (long creator : CREATORS) {
            CreatorPosition position = book.position(creator);
            assertThat(position.isSound(book.now)).as(context + ": creator " + creator + " sound").isTrue();
            assertThat(position.available(book.now)).as(context + ": available").isNotNegative();
            assertThat(position.pending(book.now)).as(context + ": pending").isNotNegative();
            assertThat(position.receivable()).as(context + ": receivable").isNotNegative();
            // a week later everything pending has become available, and available never shrinks by waiting
            assertThat(position.available(book.now.plus(HOLD).plusSeconds(1))).isEqualTo(position.total());
            assertThat(book.paidOut.getOrDefault(creator, 0L)).as(context + ": paid out").isNotNegative();
        }
        Map<String, Long> commissionByOrder = sumByOrder(book, AccountType.PLATFORM_COMMISSION_REVENUE);
        Map<String, Long> creatorByOrder = sumByOrder(book, AccountType.CREATOR_PAYABLE, AccountType.CREATOR_RECEIVABLE);
        for (OrderSplit split : book.splits.values()) {
            String order = split.getOrderNo();
            assertThat(split.getCommissionFen() + split.getCreatorFen()).as(context + ": split of " + order).isEqualTo(split.getGrossFen());
            assertThat(split.getRefundedCommissionFen()).isBetween(0L, split.getCommissionFen());
            assertThat(split.getRefundedCreatorFen()).isBetween(0L, split.getCreatorFen());
            assertThat(split.remainingFen()).as(context + ": refunded ≤ paid for " + order).isBetween(0L, split.getGrossFen());
            long keptCommission = split.isReversed() ? 0 : split.getCommissionFen() - split.getRefundedCommissionFen();
            long keptCreator = split.isReversed() ? 0 : split.getCreatorFen() - split.getRefundedCreatorFen();
            assertThat(-commissionByOrder.getOrDefault(order, 0L)).as(context + ": commission postings of " + order).isEqualTo(keptCommission);
            assertThat(-creatorByOrder.getOrDefault(order, 0L)).as(context + ": creator postings of " + order).isEqualTo(keptCreator);
        }
        long refundsPayable = book.allLines().stream().filter(l -> l.account().type() == AccountType.REFUNDS_PAYABLE)
                .mapToLong(Line::amountFen).sum();
        // a liability: credit (negative) while refunds await the provider, e.g. after a completion was reversed
        assertThat(refundsPayable).as(context + ": refunds payable never a debit balance").isNotPositive();
    }

    private static Map<String, Long> sumByOrder(InMemoryBook book, AccountType... types) {
        List<AccountType> wanted = List.of(types);
        return book.entries.values().stream().filter(e -> e.getOrderNo() != null)
                .collect(Collectors.groupingBy(JournalEntry::getOrderNo, Collectors.summingLong(e -> e.lines().stream()
                        .filter(l -> wanted.contains(l.account().type())).mapToLong(Line::amountFen).sum())));
    }
}
