package com.knowpay.reconciliation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.knowpay.payment.Bill;
import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentRecords;
import com.knowpay.reconciliation.ui.MismatchQueueView;
import com.knowpay.reconciliation.ui.ReconciliationRunsView;
import com.knowpay.shared.Money;
import com.knowpay.support.KaribuTest;
import com.knowpay.support.RunAs;
import com.knowpay.support.SignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReconciliationViewsTests extends KaribuTest {

    static final LocalDate TODAY = LocalDate.now(PaymentRecords.BILL_ZONE);

    @Autowired
    ReconciliationRunner runner;

    @Autowired
    ReconciliationService reconciliation;

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    /** An unknown payment in a sandbox bill of the given day: one MISSING_LOCALLY item. */
    private String strangerOn(LocalDate day) {
        String stranger = "KPV" + RunAs.unique();
        runner.reconcile(new Bill(ChannelType.SANDBOX, day, List.of(new Bill.Line(Bill.LineType.PAYMENT, stranger,
                "SBX" + stranger, null, Money.fen(4200), Instant.now(), "课程"))), "test", RunProgress.NONE);
        return stranger;
    }

    @Test
    void aLearnerCannotOpenTheReconciliationScreens() {
        login("learner");
        for (Class<? extends Component> view : List.of(ReconciliationRunsView.class, MismatchQueueView.class)) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(view)).as(view.getSimpleName())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void runNowShowsProgressAndThenTheResult() {
        login("admin");
        UI.getCurrent().navigate(ReconciliationRunsView.class);
        Select<ChannelType> channel = select("recon-channel");
        assertThat(channel.getValue()).isEqualTo(ChannelType.SANDBOX);
        _setValue(_get(DatePicker.class, spec -> spec.withId("recon-date")), TODAY);
        long lastBefore = SignIn.as(ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                "admin", () -> reconciliation.runs(null, null, 1)).stream().mapToLong(ReconciliationRunView::id).max()
                .orElse(0);
        Button run = _get(Button.class, spec -> spec.withId("recon-run"));

        _click(run);

        assertThat(run.isEnabled()).isFalse();
        ProgressBar progress = _get(ProgressBar.class, spec -> spec.withId("recon-progress"));
        assertThat(progress.isVisible()).isTrue();
        Span text = _get(Span.class, spec -> spec.withId("recon-progress-text"));
        assertThat(text.getText()).isEqualTo("Fetching the bill…");
        await().pollInSameThread().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.runUIQueue();
            return run.isEnabled();
        });
        assertThat(text.getText()).startsWith("Done:").contains("bill lines");
        assertThat(progress.isVisible()).isFalse();
        Grid<ReconciliationRunView> runs = grid("recon-runs");
        assertThat(rows(runs)).hasSizeGreaterThan(0);
        ReconciliationRunView latest = rows(runs).get(0);
        assertThat(latest.id()).isGreaterThan(lastBefore);
        assertThat(latest.date()).isEqualTo(TODAY);
        assertThat(latest.channel()).isEqualTo(ChannelType.SANDBOX);
        assertThat(latest.startedBy()).isEqualTo("admin");
        assertThat(latest.status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void theQueueFiltersAndAnItemIsExplainedOnlyWithANote() {
        LocalDate day = LocalDate.of(2021, 3, 1 + (int) (System.nanoTime() % 27));
        String stranger = strangerOn(day);
        login("admin");
        UI.getCurrent().navigate(MismatchQueueView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("recon-filter-date")), day);
        Grid<MismatchView> grid = grid("recon-mismatch-grid");
        assertThat(rows(grid)).extracting(MismatchView::reference).contains(stranger);
        _setValue(select("recon-filter-type"), MismatchType.AMOUNT_MISMATCH);
        assertThat(rows(grid)).extracting(MismatchView::reference).doesNotContain(stranger);
        _setValue(select("recon-filter-type"), MismatchType.MISSING_LOCALLY);
        MismatchView item = rows(grid).stream().filter(m -> m.reference().equals(stranger)).findFirst().orElseThrow();

        grid.select(item);
        _click(_get(Button.class, spec -> spec.withId("recon-explain")));
        _click(_get(Button.class, spec -> spec.withId("recon-confirm")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("recon-note"));
        assertThat(note.isInvalid()).isTrue();
        _setValue(note, "Sandbox test payment, no money moved");
        _click(_get(Button.class, spec -> spec.withId("recon-confirm")));

        assertThat(rows(grid)).extracting(MismatchView::reference).doesNotContain(stranger);
        _setValue(select("recon-filter-status"), MismatchStatus.RESOLVED);
        assertThat(rows(grid)).filteredOn(m -> m.reference().equals(stranger)).singleElement().satisfies(m -> {
            assertThat(m.resolution()).isEqualTo(Resolution.EXPLAINED);
            assertThat(m.note()).isEqualTo("Sandbox test payment, no money moved");
        });
    }

    @Test
    void fulfilOfAnUnknownPaymentIsRefusedWithAMessageAndChangesNothing() {
        LocalDate day = LocalDate.of(2021, 4, 1 + (int) (System.nanoTime() % 27));
        String stranger = strangerOn(day);
        login("admin");
        UI.getCurrent().navigate(MismatchQueueView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("recon-filter-date")), day);
        Grid<MismatchView> grid = grid("recon-mismatch-grid");
        MismatchView item = rows(grid).stream().filter(m -> m.reference().equals(stranger)).findFirst().orElseThrow();
        grid.select(item);

        _click(_get(Button.class, spec -> spec.withId("recon-fulfil")));
        _click(_get(Button.class, spec -> spec.withId("recon-confirm")));

        assertThat(rows(grid)).filteredOn(m -> m.reference().equals(stranger)).singleElement()
                .satisfies(m -> assertThat(m.isOpen()).isTrue());
    }
}
