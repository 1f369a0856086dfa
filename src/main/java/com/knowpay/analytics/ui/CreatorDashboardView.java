package com.knowpay.analytics.ui;

import com.knowpay.analytics.AnalyticsService;
import com.knowpay.analytics.CourseFigures;
import com.knowpay.analytics.CreatorDashboard;
import com.knowpay.analytics.DashboardQuery;
import com.knowpay.analytics.PeriodFigures;
import com.knowpay.analytics.SalesFigures;
import com.knowpay.shared.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** A creator's own sales: revenue, orders, conversion per period and per course, with charts and CSV. */
@Route(value = "creator/dashboard", layout = MainLayout.class)
@RolesAllowed("CREATOR")
public class CreatorDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final AnalyticsService analytics;
    private final RangeBar range;
    private final FlexLayout cards = new FlexLayout();
    private final Div revenueChart = new Div();
    private final Div coursesChart = new Div();
    private final Grid<PeriodFigures> periods = new Grid<>();
    private final Grid<CourseFigures> courses = new Grid<>();
    private final Anchor csv = new Anchor();
    private DashboardQuery current;

    public CreatorDashboardView(AnalyticsService analytics) {
        this.analytics = analytics;
        this.range = new RangeBar(analytics.today(), this::show);
        add(new H2(getTranslation("analytics.creator.title")),
                new Paragraph(getTranslation("analytics.business-day-note")), range, cards, revenueChart);
        configureGrids();
        configureCsv();
        add(periods, new H3(getTranslation("analytics.courses.title")), coursesChart, courses, csv);
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        range.query().ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.creator.title");
    }

    private void configureGrids() {
        periods.setId("analytics-periods");
        periods.addColumn(p -> p.start().toString()).setHeader(getTranslation("analytics.col.period"));
        SalesColumns.add(periods, PeriodFigures::figures, this);
        periods.setAllRowsVisible(false);
        periods.setHeight("22em");
        courses.setId("analytics-courses");
        courses.addColumn(CourseFigures::title).setHeader(getTranslation("analytics.col.course")).setFlexGrow(3);
        SalesColumns.add(courses, CourseFigures::figures, this);
        courses.setHeight("22em");
    }

    private void configureCsv() {
        csv.setId("analytics-csv");
        csv.setText(getTranslation("analytics.csv"));
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = analytics.myDashboardCsv(current).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sales-" + current.from() + "-" + current.to()
                    + ".csv", "text/csv; charset=UTF-8", bytes.length);
        }));
        csv.getElement().setAttribute("download", true);
    }

    private void show(DashboardQuery query) {
        this.current = query;
        CreatorDashboard d = analytics.myDashboard(query);
        SalesFigures t = d.totals();
        cards.removeAll();
        cards.add(Figures.card(getTranslation("analytics.gross"), "analytics-gross", Figures.yuan(t.grossFen())),
                Figures.card(getTranslation("analytics.refunds"), "analytics-refunds", Figures.yuan(t.refundsFen())),
                Figures.card(getTranslation("analytics.commission"), "analytics-commission", Figures.yuan(t.commissionFen())),
                Figures.card(getTranslation("analytics.net"), "analytics-net", Figures.yuan(t.netFen())),
                Figures.card(getTranslation("analytics.orders-paid"), "analytics-orders-paid", String.valueOf(t.ordersPaid())),
                Figures.card(getTranslation("analytics.orders-started"), "analytics-orders-started",
                        String.valueOf(t.ordersStarted())),
                Figures.card(getTranslation("analytics.conversion"), "analytics-conversion", Figures.percent(t.conversion())));
        revenueChart.removeAll();
        revenueChart.add(Charts.revenue(d.periods(), getTranslation("analytics.gross"), getTranslation("analytics.refunds"),
                getTranslation("analytics.net"), getTranslation("analytics.chart.revenue")));
        coursesChart.removeAll();
        if (!d.courses().isEmpty()) {
            coursesChart.add(Charts.topCourses(d.topCourses(10), getTranslation("analytics.gross"),
                    getTranslation("analytics.chart.top-courses")));
        }
        periods.setItems(d.periods());
        courses.setItems(d.courses());
    }
}
