package com.knowpay.reconciliation.ui;

import com.knowpay.payment.ChannelType;
import com.knowpay.payment.PaymentRecords;
import com.knowpay.reconciliation.ReconciliationRunView;
import com.knowpay.reconciliation.ReconciliationService;
import com.knowpay.reconciliation.RunProgress;
import com.knowpay.reconciliation.RunStatus;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reconciliation runs per channel and day, and "Run now": the run goes on in the background and
 * the screen follows it by push (fetching the bill, matching n of m, done).
 */
@Route(value = "admin/reconciliation", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class ReconciliationRunsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationRunsView.class);

    private final ReconciliationService reconciliation;
    private final Select<ChannelType> channel = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Grid<ReconciliationRunView> grid = new Grid<>(ReconciliationRunView.class, false);

    public ReconciliationRunsView(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
        setSizeFull();
        add(new H2(getTranslation("reconciliation.runs.title")), toolbar(), configureGrid());
        refresh();
    }

    private HorizontalLayout toolbar() {
        channel.setId("recon-channel");
        channel.setLabel(getTranslation("reconciliation.col.channel"));
        channel.setItems(reconciliation.channels());
        reconciliation.channels().stream().findFirst().ifPresent(channel::setValue);
        channel.addValueChangeListener(e -> refresh());
        date.setId("recon-date");
        date.setLabel(getTranslation("reconciliation.col.date"));
        date.setValue(LocalDate.now(PaymentRecords.BILL_ZONE).minusDays(1));
        date.setMax(LocalDate.now(PaymentRecords.BILL_ZONE));
        run.setText(getTranslation("reconciliation.runs.run"));
        run.setId("recon-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runNow());
        progress.setId("recon-progress");
        progress.setWidth("12em");
        progress.setVisible(false);
        progressText.setId("recon-progress-text");
        HorizontalLayout bar = new HorizontalLayout(channel, date, run, progress, progressText);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<ReconciliationRunView> configureGrid() {
        grid.setId("recon-runs");
        grid.addColumn(r -> r.date().toString()).setHeader(getTranslation("reconciliation.col.date")).setAutoWidth(true);
        grid.addColumn(r -> r.channel().name()).setHeader(getTranslation("reconciliation.col.channel")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("reconciliation.run." + r.status())).setHeader(getTranslation("reconciliation.col.status"))
                .setAutoWidth(true);
        grid.addColumn(ReconciliationRunView::billLines).setHeader(getTranslation("reconciliation.col.billLines")).setAutoWidth(true);
        grid.addColumn(ReconciliationRunView::localRecords).setHeader(getTranslation("reconciliation.col.localRecords"))
                .setAutoWidth(true);
        grid.addColumn(ReconciliationRunView::mismatches).setHeader(getTranslation("reconciliation.col.mismatches")).setAutoWidth(true);
        grid.addColumn(ReconciliationRunView::newMismatches).setHeader(getTranslation("reconciliation.col.new")).setAutoWidth(true);
        grid.addColumn(ReconciliationRunView::startedBy).setHeader(getTranslation("reconciliation.col.by")).setAutoWidth(true);
        grid.addColumn(r -> UserTime.format(r.startedAt())).setHeader(getTranslation("reconciliation.col.started")).setAutoWidth(true);
        grid.addColumn(r -> r.error() != null ? r.error() : r.note() == null ? "" : r.note())
                .setHeader(getTranslation("reconciliation.col.remark")).setFlexGrow(1);
        grid.setSizeFull();
        return grid;
    }

    /** Runs off the UI thread with the admin's security context; progress and the result arrive by push. */
    private void runNow() {
        if (channel.getValue() == null || date.getValue() == null) {
            Notify.error(getTranslation("reconciliation.runs.choose"));
            return;
        }
        UI ui = UI.getCurrent();
        ChannelType ch = channel.getValue();
        LocalDate day = date.getValue();
        run.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("reconciliation.progress.FETCHING"));
        PushedProgress pushed = new PushedProgress(ui);
        Runnable work = () -> {
            try {
                ReconciliationRunView result = reconciliation.run(ch, day, pushed);
                push(ui, () -> finished(result, null));
            } catch (DomainException e) {
                push(ui, () -> finished(null, e));
            } catch (RuntimeException e) {
                // A background worker has no caller: log it and tell the admin on the screen.
                log.warn("Reconciliation run from the admin screen failed", e);
                push(ui, () -> finished(null, DomainException.conflict("reconciliation-failed", e.toString())));
            }
        };
        Thread.ofVirtual().name("reconciliation-run")
                .start(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void finished(ReconciliationRunView result, DomainException error) {
        progress.setVisible(false);
        run.setEnabled(true);
        if (error != null) {
            progressText.setText("");
            Notify.error(error);
        } else if (result.status() == RunStatus.FAILED) {
            progressText.setText(getTranslation("reconciliation.progress.FAILED"));
            Notify.error(getTranslation("reconciliation.runs.failed", result.error()));
        } else {
            progressText.setText(getTranslation("reconciliation.runs.done", result.billLines(), result.mismatches(),
                    result.newMismatches()));
            Notify.success(getTranslation("reconciliation.runs.done", result.billLines(), result.mismatches(),
                    result.newMismatches()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(reconciliation.runs(channel.getValue(), null, 200));
    }

    /** The admin may have left the screen: the run goes on, there is just nobody to show it to. */
    private static void push(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            log.debug("Reconciliation screen closed while the run went on");
        }
    }

    /** Hands progress to the UI thread, at most once per percent or stage so a big bill does not flood the push. */
    private final class PushedProgress implements RunProgress {

        private final UI ui;
        private Stage lastStage;
        private int lastPercent = -1;

        PushedProgress(UI ui) {
            this.ui = ui;
        }

        @Override
        public void update(Stage stage, int done, int total) {
            int percent = total == 0 ? 0 : (int) (100L * done / total);
            if (stage == lastStage && percent == lastPercent) {
                return;
            }
            lastStage = stage;
            lastPercent = percent;
            push(ui, () -> show(stage, done, total));
        }

        private void show(Stage stage, int done, int total) {
            progress.setIndeterminate(total == 0 && stage != Stage.DONE);
            progress.setValue(total == 0 ? (stage == Stage.DONE ? 1 : 0) : (double) done / total);
            progressText.setText(getTranslation("reconciliation.progress." + stage, done, total));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reconciliation.runs.title") + " · KnowPay";
    }
}
