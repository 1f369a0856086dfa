package com.knowpay.audit.ui;

import com.knowpay.audit.AuditEntryView;
import com.knowpay.audit.AuditSearch;
import com.knowpay.audit.AuditService;
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

/** Admins browse the append-only audit log: who did what, when, before and after. */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final TextField text = new TextField();
    private final Select<String> type = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    final Grid<AuditEntryView> grid = new Grid<>(AuditEntryView.class, false);

    public AuditLogView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        add(new H2(getTranslation("audit.title")), filters(), configureGrid());
        refresh();
    }

    private HorizontalLayout filters() {
        text.setId("audit-text");
        text.setPlaceholder(getTranslation("audit.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        type.setId("audit-type");
        type.setLabel(getTranslation("audit.filter.type"));
        type.setEmptySelectionAllowed(true);
        type.setItems(audit.targetTypes());
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        text.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(text, type, from, to);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<AuditEntryView> configureGrid() {
        grid.setId("audit-grid");
        grid.addColumn(e -> UserTime.format(e.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true);
        grid.addColumn(AuditEntryView::actorName).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntryView::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(e -> e.targetType() + " " + e.targetId()).setHeader(getTranslation("audit.col.target")).setAutoWidth(true);
        grid.addColumn(e -> (e.before() == null ? "–" : e.before()) + " → " + (e.after() == null ? "–" : e.after()))
                .setHeader(getTranslation("audit.col.change")).setFlexGrow(1);
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("audit.col.note")).setFlexGrow(1);
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        AuditSearch search = new AuditSearch(text.getValue(), type.getValue(), start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)));
        grid.setItems(q -> audit.search(search, q.getPage(), q.getPageSize()).stream());
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(UserTime.zone()).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · KnowPay";
    }
}
