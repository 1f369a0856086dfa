package com.knowpay.risk.ui;

import com.knowpay.risk.DecisionSearch;
import com.knowpay.risk.DecisionView;
import com.knowpay.risk.RiskAdminService;
import com.knowpay.risk.Verdict;
import com.knowpay.shared.Money;
import com.knowpay.shared.ui.MainLayout;
import com.knowpay.shared.ui.UserTime;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;

/** Every assessment with its verdict, rule and evidence; filter by user, IP, verdict, rule and dates. */
@Route(value = "admin/risk/decisions", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class DecisionLogView extends VerticalLayout implements HasDynamicTitle {

    private final RiskAdminService risk;
    private final TextField user = new TextField();
    private final TextField ip = new TextField();
    private final Select<Verdict> verdict = new Select<>();
    private final Select<String> rule = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<DecisionView> grid = new Grid<>(DecisionView.class, false);

    public DecisionLogView(RiskAdminService risk) {
        this.risk = risk;
        setSizeFull();
        add(new H2(getTranslation("risk.decisions.title")), configureFilters(), configureGrid());
        refresh();
    }

    private HorizontalLayout configureFilters() {
        user.setId("risk-decision-user");
        user.setLabel(getTranslation("risk.col.user"));
        user.setAllowedCharPattern("[0-9]");
        ip.setId("risk-decision-ip");
        ip.setLabel(getTranslation("risk.col.ip"));
        for (TextField f : new TextField[] {user, ip}) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> refresh());
        }
        verdict.setId("risk-decision-verdict");
        verdict.setLabel(getTranslation("risk.col.verdict"));
        verdict.setEmptySelectionAllowed(true);
        verdict.setItems(Verdict.values());
        rule.setId("risk-decision-rule");
        rule.setLabel(getTranslation("risk.col.rule"));
        rule.setEmptySelectionAllowed(true);
        rule.setItems(risk.ruleCodes());
        from.setId("risk-decision-from");
        from.setLabel(getTranslation("risk.decisions.from"));
        to.setId("risk-decision-to");
        to.setLabel(getTranslation("risk.decisions.to"));
        verdict.addValueChangeListener(e -> refresh());
        rule.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(user, ip, verdict, rule, from, to);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Grid<DecisionView> configureGrid() {
        grid.setId("risk-decision-grid");
        grid.addColumn(d -> UserTime.format(d.at())).setHeader(getTranslation("risk.col.at")).setAutoWidth(true);
        grid.addColumn(d -> d.kind().name()).setHeader(getTranslation("risk.col.kind")).setAutoWidth(true);
        grid.addColumn(DecisionView::userId).setHeader(getTranslation("risk.col.user")).setAutoWidth(true);
        grid.addColumn(d -> d.ip() == null ? "" : d.ip()).setHeader(getTranslation("risk.col.ip")).setAutoWidth(true);
        grid.addColumn(d -> d.subjectRef() == null ? "" : d.subjectRef()).setHeader(getTranslation("risk.col.subject"))
                .setAutoWidth(true);
        grid.addColumn(d -> Money.fen(d.amountFen()).format()).setHeader(getTranslation("risk.col.amount")).setAutoWidth(true);
        grid.addColumn(d -> d.verdict().name()).setHeader(getTranslation("risk.col.verdict")).setAutoWidth(true);
        grid.addColumn(d -> d.rule() == null ? "" : d.rule()).setHeader(getTranslation("risk.col.rule")).setAutoWidth(true);
        grid.addColumn(d -> d.evidence() == null ? "" : d.evidence()).setHeader(getTranslation("risk.col.evidence"))
                .setFlexGrow(1);
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        DecisionSearch search = new DecisionSearch(userId(), ip.getValue(), verdict.getValue(), rule.getValue(),
                start(from.getValue()), to.getValue() == null ? null : start(to.getValue().plusDays(1)));
        grid.setItems(q -> risk.searchDecisions(search, q.getPage(), q.getPageSize()).stream());
    }

    private Long userId() {
        String v = user.getValue().strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(UserTime.zone()).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("risk.decisions.title") + " · KnowPay";
    }
}
