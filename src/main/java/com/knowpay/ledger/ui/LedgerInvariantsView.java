package com.knowpay.ledger.ui;

import com.knowpay.ledger.InvariantReport;
import com.knowpay.ledger.LedgerService;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.Notify;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The books' health: the last invariant report, a button to check now (runs in the background,
 * the screen updates by push), and the per-creator commission overrides.
 */
@Route(value = "admin/ledger", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class LedgerInvariantsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(LedgerInvariantsView.class);

    private final LedgerService ledger;
    final Button run = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span summary = new Span();
    final Grid<InvariantReport.Violation> violations = new Grid<>(InvariantReport.Violation.class, false);
    final Grid<Map.Entry<String, InvariantReport.Outcome>> checks = new Grid<>();
    final Grid<Map.Entry<String, Long>> figures = new Grid<>();

    public LedgerInvariantsView(LedgerService ledger) {
        this.ledger = ledger;
        add(new H2(getTranslation("ledger.invariants.title")), toolbar(), summary, configureViolations(),
                configureChecks(), new H3(getTranslation("ledger.rates.title")), new CreatorRatesPanel(ledger));
        ledger.lastInvariantReport().ifPresentOrElse(this::show, () -> summary.setText(getTranslation("ledger.invariants.never")));
    }

    private HorizontalLayout toolbar() {
        run.setText(getTranslation("ledger.invariants.run"));
        run.setId("run-check");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runCheck());
        progress.setId("check-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("10em");
        summary.setId("check-summary");
        HorizontalLayout bar = new HorizontalLayout(run, progress);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return bar;
    }

    private Grid<InvariantReport.Violation> configureViolations() {
        violations.setId("violations-grid");
        violations.addColumn(v -> getTranslation("ledger.check." + v.check())).setHeader(getTranslation("ledger.col.check")).setAutoWidth(true);
        violations.addColumn(InvariantReport.Violation::subject).setHeader(getTranslation("ledger.col.subject")).setAutoWidth(true);
        violations.addColumn(InvariantReport.Violation::detail).setHeader(getTranslation("ledger.col.detail")).setFlexGrow(1);
        violations.addColumn(v -> UserTime.format(v.firstSeenAt())).setHeader(getTranslation("ledger.col.firstSeen")).setAutoWidth(true);
        violations.setAllRowsVisible(true);
        return violations;
    }

    private HorizontalLayout configureChecks() {
        checks.setId("checks-grid");
        checks.addColumn(e -> getTranslation("ledger.check." + e.getKey())).setHeader(getTranslation("ledger.col.check")).setAutoWidth(true);
        checks.addColumn(e -> getTranslation("ledger.outcome." + e.getValue())).setHeader(getTranslation("ledger.col.outcome")).setAutoWidth(true);
        checks.setAllRowsVisible(true);
        figures.setId("figures-grid");
        figures.addColumn(Map.Entry::getKey).setHeader(getTranslation("ledger.col.figure")).setAutoWidth(true);
        figures.addColumn(Map.Entry::getValue).setHeader(getTranslation("ledger.col.value")).setAutoWidth(true);
        figures.setAllRowsVisible(true);
        HorizontalLayout both = new HorizontalLayout(checks, figures);
        both.setWidthFull();
        return both;
    }

    /** The check may take a while on a big ledger: run it off the UI thread, show progress, push the result. */
    private void runCheck() {
        UI ui = UI.getCurrent();
        run.setEnabled(false);
        progress.setVisible(true);
        Runnable work = () -> {
            try {
                InvariantReport report = ledger.checkInvariants();
                ui.access(() -> finished(report, null));
            } catch (RuntimeException e) {
                log.warn("Invariant check from the admin screen failed", e);
                ui.access(() -> finished(null, e));
            }
        };
        Thread.ofVirtual().name("ledger-invariant-check")
                .start(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void finished(InvariantReport report, RuntimeException error) {
        progress.setVisible(false);
        run.setEnabled(true);
        if (error != null) {
            Notify.error(getTranslation("ledger.invariants.failed"));
        } else {
            show(report);
        }
    }

    private void show(InvariantReport report) {
        summary.setText(report.clean()
                ? getTranslation("ledger.invariants.clean", UserTime.format(report.checkedAt()))
                : getTranslation("ledger.invariants.found", report.violations().size(), UserTime.format(report.checkedAt())));
        violations.setItems(report.violations());
        checks.setItems(List.copyOf(report.checks().entrySet()));
        figures.setItems(report.figures().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.invariants.title") + " · KnowPay";
    }
}
