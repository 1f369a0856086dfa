package com.knowpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knowpay.payment.ChannelType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalEntryTests {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryBook.Accounts accounts = new InMemoryBook.Accounts();

    @Test
    void aBalancedEntryIsAccepted() {
        EntryDraft draft = new EntryDraft("payment:P1", EntryKind.PAYMENT, "O1", 7, "sale", T, List.of(
                Line.debit(AccountKey.clearing(ChannelType.ALIPAY), 9900),
                Line.credit(AccountKey.commission(), 1980),
                new Line(AccountKey.payable(7), -7920, T.plusSeconds(60))));
        JournalEntry entry = new JournalEntry(draft, accounts::resolve, T, "system", null);
        assertThat(entry.getPostings()).extracting(Posting::getAmountFen).containsExactly(9900L, -1980L, -7920L);
        assertThat(entry.lines()).isEqualTo(draft.lines());
    }

    @Test
    void theConstructorRefusesAnEntryThatDoesNotSumToZero() {
        // build a balanced draft, then hand the aggregate a resolver that swaps in wrong amounts is impossible:
        // so check both guards: the draft and the aggregate use the same rule
        assertThatThrownBy(() -> new EntryDraft("x", EntryKind.PAYMENT, "O", 7, "bad", T, List.of(
                Line.debit(AccountKey.clearing(ChannelType.WECHAT), 100), Line.credit(AccountKey.commission(), 99))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not balance").hasMessageContaining("1 fen");
        assertThatThrownBy(() -> Line.requireBalanced("y", List.of(100L, -100L, 1L)))
                .hasMessageContaining("does not balance");
        assertThatThrownBy(() -> Line.requireBalanced("z", List.of()))
                .hasMessageContaining("at least two postings");
    }

    @Test
    void theAggregateChecksTheAccountsItIsGiven() {
        EntryDraft draft = new EntryDraft("r", EntryKind.PAYMENT, "O", 7, "sale", T, List.of(
                Line.debit(AccountKey.clearing(ChannelType.SANDBOX), 100), Line.credit(AccountKey.commission(), 100)));
        assertThatThrownBy(() -> new JournalEntry(draft, key -> accounts.resolve(AccountKey.refundsPayable()), T, "system", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not");
    }

    @Test
    void linesRefuseZeroAndMisplacedAvailability() {
        assertThatThrownBy(() -> Line.debit(AccountKey.commission(), 0)).hasMessageContaining("0 fen");
        assertThatThrownBy(() -> Line.credit(AccountKey.payable(1), 5)).hasMessageContaining("availableAt");
        assertThatThrownBy(() -> new Line(AccountKey.commission(), 5, T)).hasMessageContaining("availableAt");
        assertThatThrownBy(() -> new AccountKey(AccountType.CREATOR_PAYABLE, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountKey(AccountType.PROVIDER_CLEARING, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commissionRoundsDownAndTheCreatorGetsTheRest() {
        assertThat(Commission.of(9900, 2000)).isEqualTo(1980);
        assertThat(Commission.of(1, 2000)).isZero();
        assertThat(Commission.of(99, 3333)).isEqualTo(32);
        assertThat(Commission.of(100, 10_000)).isEqualTo(100);
        assertThat(Commission.percent(2000)).isEqualTo("20.00%");
        assertThat(Commission.percent(1250)).isEqualTo("12.50%");
        OrderSplit split = new OrderSplit("O", 1, ChannelType.ALIPAY, "payment:P", 3333, 99, T);
        assertThat(split.getCommissionFen() + split.getCreatorFen()).isEqualTo(99);
        assertThat(split.getCreatorFen()).isEqualTo(67);
    }

    @Test
    void refundSharesNeverExceedEitherPartAndTheLastRefundClosesExactly() {
        for (int gross = 1; gross <= 60; gross++) {
            for (int bp : new int[] {0, 1, 2000, 3333, 5000, 9999, 10_000}) {
                for (int step = 1; step <= gross; step++) {
                    OrderSplit split = new OrderSplit("O", 1, ChannelType.ALIPAY, "payment:P", bp, gross, T);
                    while (split.remainingFen() > 0) {
                        long refund = Math.min(step, split.remainingFen());
                        OrderSplit.RefundShare share = split.shareOf(refund);
                        assertThat(share.total()).isEqualTo(refund);
                        assertThat(share.commissionFen()).isNotNegative();
                        assertThat(share.creatorFen()).isNotNegative();
                        split.applyRefund(share.commissionFen(), share.creatorFen());
                        assertThat(split.getRefundedCommissionFen()).isLessThanOrEqualTo(split.getCommissionFen());
                        assertThat(split.getRefundedCreatorFen()).isLessThanOrEqualTo(split.getCreatorFen());
                    }
                    assertThat(split.getRefundedCommissionFen()).isEqualTo(split.getCommissionFen());
                    assertThat(split.getRefundedCreatorFen()).isEqualTo(split.getCreatorFen());
                }
            }
        }
    }

    @Test
    void aRefundLargerThanWhatIsLeftIsRefused() {
        OrderSplit split = new OrderSplit("O", 1, ChannelType.ALIPAY, "payment:P", 2000, 100, T);
        split.applyRefund(split.shareOf(60).commissionFen(), split.shareOf(60).creatorFen());
        assertThatThrownBy(() -> split.shareOf(41)).hasMessageContaining("40 fen left");
    }

    @Test
    void takingBackUsesTheSalesOwnPendingMoneyFirstThenAvailableThenOtherPendingThenReceivable() {
        Instant now = T;
        Instant own = now.plusSeconds(3600);
        Instant other = now.plusSeconds(7200);
        CreatorPosition position = new CreatorPosition(5, java.util.Map.of(now.minusSeconds(10), 300L, own, 100L, other, 200L), 0);
        List<Line> lines = position.takeBack(700, own, now);
        assertThat(lines).containsExactly(
                new Line(AccountKey.payable(5), 100, own),
                new Line(AccountKey.payable(5), 300, now),
                new Line(AccountKey.payable(5), 200, other),
                Line.debit(AccountKey.receivable(5), 100));
        position.apply(lines);
        assertThat(position.total()).isZero();
        assertThat(position.receivable()).isEqualTo(100);
        assertThat(position.isSound(now)).isTrue();
        // the next sale first settles what the creator owes
        List<Line> credit = position.creditShare(250, other);
        assertThat(credit).containsExactly(Line.credit(AccountKey.receivable(5), 100), new Line(AccountKey.payable(5), -150, other));
    }

    @Test
    void theJournalCanOnlyBeAppendedTo() {
        assertThat(JournalEntry.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
        assertThat(Posting.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
        for (Class<?> repository : List.of(JournalEntryRepository.class, PostingRepository.class)) {
            assertThat(repository.getMethods()).extracting(java.lang.reflect.Method::getName)
                    .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("saveAll"));
        }
        assertThat(PostingRepository.class.getMethods()).extracting(java.lang.reflect.Method::getName).doesNotContain("save");
    }

    @Test
    void everyLedgerTextExistsInEnglishAndChinese() throws java.io.IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/i18n/ledger.properties");
             var b = getClass().getResourceAsStream("/i18n/ledger_zh_CN.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("ledger.") || k.startsWith("error.ledger-"));
        for (EntryKind kind : EntryKind.values()) {
            assertThat(en).containsKey("ledger.kind." + kind);
        }
        for (PayoutStatus status : PayoutStatus.values()) {
            assertThat(en).containsKey("ledger.status." + status);
        }
        for (InvariantReport.Outcome outcome : InvariantReport.Outcome.values()) {
            assertThat(en).containsKey("ledger.outcome." + outcome);
        }
    }
}
