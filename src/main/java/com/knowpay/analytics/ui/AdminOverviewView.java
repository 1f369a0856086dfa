package com.knowpay.analytics.ui;

import com.knowpay.analytics.AnalyticsService;
import com.knowpay.analytics.ChannelFigures;
import com.knowpay.analytics.DashboardQuery;
import com.knowpay.analytics.PeriodFigures;
import com.knowpay.analytics.PlatformOverview;
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
import java.time.Duration;
import java.util.OptionalLong;

/** The platform at a glance: GMV, net revenue, refund rate, channels, risk blocks, open mismatches. */
@Route(value = "admin/overview", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminOverviewView extends VerticalLayout implements HasDynamicTitle {

    private static final String NONE = "—";

    private final AnalyticsService analytics;
    private final RangeBar range;
    private final FlexLayout cards = new FlexLayout();
    private final Div chart = new Div();
    private final Grid<ChannelFigures> channels = new Grid<>();
    private final Grid<PeriodFigures> periods = new Grid<>();
    private final Anchor csv = new Anchor();
    private DashboardQuery current;

    public AdminOverviewView(AnalyticsService analytics) {
        this.analytics = analytics;
        this.range = new RangeBar(analytics.today(), this::show);
        configureGrids();
        configureCsv();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("analytics.overview.title")), new Paragraph(getTranslation("analytics.business-day-note")),
                range, cards, chart, new H3(getTranslation("analytics.channels.title")), channels, periods, csv);
        range.query().ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.overview.title");
    }

    private void configureGrids() {
        channels.setId("analytics-channels");
        channels.addColumn(c -> getTranslation("analytics.channel." + c.channel())).setHeader(getTranslation("analytics.col.channel"));
        channels.addColumn(ChannelFigures::attempts).setHeader(getTranslation("analytics.col.attempts"));
        channels.addColumn(ChannelFigures::ordersPaid).setHeader(getTranslation("analytics.orders-paid"));
        channels.addColumn(c -> Figures.percent(c.successRate())).setHeader(getTranslation("analytics.col.success-rate"));
        channels.addColumn(c -> c.medianTimeToPay().map(AdminOverviewView::duration).orElse(NONE))
                .setHeader(getTranslation("analytics.col.median-time-to-pay"));
        channels.addColumn(c -> Figures.yuan(c.grossFen())).setHeader(getTranslation("analytics.gross"));
        channels.addColumn(c -> Figures.yuan(c.refundsFen())).setHeader(getTranslation("analytics.refunds"));
        channels.setAllRowsVisible(true);
        periods.setId("analytics-periods");
        periods.addColumn(p -> p.start().toString()).setHeader(getTranslation("analytics.col.period"));
        SalesColumns.add(periods, PeriodFigures::figures, this);
        periods.setHeight("22em");
    }

    private void configureCsv() {
        csv.setId("analytics-csv");
        csv.setText(getTranslation("analytics.csv"));
        csv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = analytics.platformCsv(current).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "platform-" + current.from() + "-" + current.to()
                    + ".csv", "text/csv; charset=UTF-8", bytes.length);
        }));
        csv.getElement().setAttribute("download", true);
    }

    private void show(DashboardQuery query) {
        this.current = query;
        PlatformOverview o = analytics.platformOverview(query);
        SalesFigures t = o.totals();
        cards.removeAll();
        cards.add(Figures.card(getTranslation("analytics.gmv"), "analytics-gmv", Figures.yuan(t.grossFen())),
                Figures.card(getTranslation("analytics.net-revenue"), "analytics-net-revenue",
                        Figures.yuan(t.salesAfterRefundsFen())),
                Figures.card(getTranslation("analytics.platform-commission"), "analytics-commission",
                        Figures.yuan(t.commissionFen())),
                Figures.card(getTranslation("analytics.refund-rate"), "analytics-refund-rate", Figures.percent(t.refundRate())),
                Figures.card(getTranslation("analytics.orders-paid"), "analytics-orders-paid", String.valueOf(t.ordersPaid())),
                Figures.card(getTranslation("analytics.conversion"), "analytics-conversion", Figures.percent(t.conversion())),
                Figures.card(getTranslation("analytics.risk-blocks"), "analytics-risk-blocks", String.valueOf(o.riskBlocks())),
                Figures.card(getTranslation("analytics.open-mismatches"), "analytics-open-mismatches", count(o.openMismatches())),
                Figures.card(getTranslation("analytics.pending-refunds"), "analytics-pending-refunds", count(o.pendingRefunds())));
        chart.removeAll();
        chart.add(Charts.revenue(o.periods(), getTranslation("analytics.gmv"), getTranslation("analytics.refunds"),
                getTranslation("analytics.net"), getTranslation("analytics.chart.revenue")));
        channels.setItems(o.channels());
        periods.setItems(o.periods());
    }

    private static String count(OptionalLong value) {
        return value.isPresent() ? String.valueOf(value.getAsLong()) : NONE;
    }

    /** "≤ 30 s", "≤ 2 min", "≤ 6 h", or "> 1 day" for the open-ended bucket. */
    static String duration(Duration d) {
        long s = d.getSeconds();
        if (s >= Integer.MAX_VALUE) {
            return "> 1 d";
        }
        if (s < 60) {
            return "≤ " + s + " s";
        }
        if (s < 3600) {
            return "≤ " + (s % 60 == 0 ? String.valueOf(s / 60) : String.format(java.util.Locale.ROOT, "%.1f", s / 60.0)) + " min";
        }
        return "≤ " + s / 3600 + " h";
    }
}
