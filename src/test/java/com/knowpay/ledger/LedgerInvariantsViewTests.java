package com.knowpay.ledger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.knowpay.account.AccountService;
import com.knowpay.account.UserView;
import com.knowpay.audit.AuditEntryView;
import com.knowpay.audit.AuditService;
import com.knowpay.ledger.ui.LedgerInvariantsView;
import com.knowpay.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LedgerInvariantsViewTests extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    /** Set when a test breaks the books on purpose; removed again after it, so other tests' checks stay clean. */
    private Long brokenEntryId;

    @AfterEach
    void removeTheBrokenEntry() {
        if (brokenEntryId != null) {
            jdbc.update("DELETE FROM ledger_posting WHERE entry_id = ?", brokenEntryId);
            jdbc.update("DELETE FROM journal_entry WHERE id = ?", brokenEntryId);
            brokenEntryId = null;
        }
    }

    private void runCheckAndWait() throws InterruptedException {
        _click(_get(Button.class, spec -> spec.withId("run-check")));
        ProgressBar progress = _get(ProgressBar.class, spec -> spec.withId("check-progress"));
        assertThat(progress.isVisible()).as("progress shows while the check runs").isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("run-check")).isEnabled()).isFalse();
        long deadline = System.currentTimeMillis() + 30_000;
        while (progress.isVisible() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(progress.isVisible()).as("check finished").isFalse();
    }

    @SuppressWarnings("unchecked")
    private List<InvariantReport.Violation> violations() {
        Grid<InvariantReport.Violation> grid = _get(Grid.class, spec -> spec.withId("violations-grid"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void runningTheCheckOnHealthyBooksShowsNoViolations() throws InterruptedException {
        login("admin");
        UI.getCurrent().navigate(LedgerInvariantsView.class);

        runCheckAndWait();

        assertThat(violations()).isEmpty();
        String[] around = UI.getCurrent().getTranslation("ledger.invariants.clean", "§").split("§");
        assertThat(_get(Span.class, spec -> spec.withId("check-summary")).getText()).startsWith(around[0]).endsWith(around[1]);
    }

    @Test
    void aDeliberatelyBrokenEntryIsListed() throws InterruptedException {
        String reference = "test-broken-" + LedgerFixtures.unique();
        jdbc.update("""
                INSERT INTO journal_entry (reference, entry_kind, creator_id, description, occurred_at, recorded_at, recorded_by)
                VALUES (?, 'PAYMENT', 0, 'inserted by a test, bypassing the aggregate', ?, ?, 'test')""",
                reference, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        brokenEntryId = jdbc.queryForObject("SELECT id FROM journal_entry WHERE reference = ?", Long.class, reference);
        Long account = jdbc.queryForObject("SELECT id FROM ledger_account WHERE code = 'REFUNDS_PAYABLE'", Long.class);
        jdbc.update("INSERT INTO ledger_posting (entry_id, account_id, amount_fen) VALUES (?, ?, 123)", brokenEntryId, account);

        login("admin");
        UI.getCurrent().navigate(LedgerInvariantsView.class);
        runCheckAndWait();

        assertThat(violations()).anySatisfy(v -> {
            assertThat(v.check()).isEqualTo(InvariantChecker.ENTRIES_BALANCED);
            assertThat(v.subject()).contains(reference);
            assertThat(v.detail()).contains("1 posting(s) summing to 123 fen");
        });
        assertThat(violations()).anySatisfy(v -> assertThat(v.check()).isEqualTo(InvariantChecker.SUM_ZERO));
        // shown again when the screen is opened later: the report is stored
        UI.getCurrent().navigate(LedgerInvariantsView.class);
        assertThat(violations()).anySatisfy(v -> assertThat(v.subject()).contains(reference));
    }

    @Test
    void adminsSetAndRemoveACreatorsCommission() {
        UserView creator = LedgerFixtures.newCreator(accounts);
        login("admin");
        UI.getCurrent().navigate(LedgerInvariantsView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("rate-username")), creator.username());
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("rate-percent")), new BigDecimal("12.5"));
        _click(_get(Button.class, spec -> spec.withId("rate-save")));

        @SuppressWarnings("unchecked")
        Grid<CreatorRateView> rates = _get(Grid.class, spec -> spec.withId("rates-grid"));
        CreatorRateView mine = IntStream.range(0, GridKt._size(rates)).mapToObj(i -> GridKt._get(rates, i))
                .filter(r -> r.creatorId() == creator.id()).findFirst().orElseThrow();
        assertThat(mine.rateBasisPoints()).isEqualTo(1250);
        assertThat(mine.updatedBy()).isEqualTo("admin");

        rates.select(mine);
        _click(_get(Button.class, spec -> spec.withId("rate-remove")));
        assertThat(IntStream.range(0, GridKt._size(rates)).mapToObj(i -> GridKt._get(rates, i)))
                .noneMatch(r -> r.creatorId() == creator.id());
        assertThat(audit.history("creator", String.valueOf(creator.id()))).extracting(AuditEntryView::action)
                .containsExactly("ledger.rate.set", "ledger.rate.remove");

        _setValue(_get(TextField.class, spec -> spec.withId("rate-username")), "learner");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("rate-percent")), new BigDecimal("10"));
        _click(_get(Button.class, spec -> spec.withId("rate-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("rate-username")).getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("error.ledger-creator-not-found"));
    }
}
