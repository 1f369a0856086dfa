package com.knowpay.analytics.ui;

import java.text.DecimalFormat;
import org.jfree.chart.axis.NumberAxis;
import com.knowpay.analytics.CourseFigures;
import com.knowpay.analytics.PeriodFigures;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts drawn on the server by JFreeChart into SVG (JFreeSVG) and served as an image: no client-side
 * chart library, no front-end bundle, no licence. Amounts are plotted in yuan.
 */
final class Charts {

    static final int WIDTH = 900;
    static final int HEIGHT = 320;
    private static final Color GROSS = new Color(0x1676f3);
    private static final Color NET = new Color(0x0f9d58);
    private static final Color REFUNDS = new Color(0xdb4437);

    private Charts() {
    }

    /** Gross and refunds as bars, net as a line, per period. */
    static Image revenue(List<PeriodFigures> periods, String gross, String refunds, String net, String alt) {
        return image(revenueChart(periods, gross, refunds, net), "revenue.svg", alt);
    }

    static JFreeChart revenueChart(List<PeriodFigures> periods, String gross, String refunds, String net) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset line = new DefaultCategoryDataset();
        for (PeriodFigures p : periods) {
            String key = p.start().toString();
            bars.addValue(p.figures().grossFen() / 100.0, gross, key);
            bars.addValue(p.figures().refundsFen() / 100.0, refunds, key);
            line.addValue(p.figures().netFen() / 100.0, net, key);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "¥", bars, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, GROSS);
        r.setSeriesPaint(1, REFUNDS);
        LineAndShapeRenderer netRenderer = new LineAndShapeRenderer(true, periods.size() <= 62);
        netRenderer.setSeriesPaint(0, NET);
        netRenderer.setSeriesStroke(0, new BasicStroke(2f));
        plot.setDataset(1, line);
        plot.setRenderer(1, netRenderer);
        style(chart, periods.size());
        boolean noMoney = periods.stream().allMatch(p -> p.figures().grossFen() == 0 && p.figures().refundsFen() == 0
                && p.figures().netFen() == 0);
        if (noMoney) {
            ((NumberAxis) plot.getRangeAxis()).setRange(0, 1);
        }
        return chart;
    }

    /** The best-selling courses by gross, horizontal bars. */
    static Image topCourses(List<CourseFigures> courses, String gross, String alt) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CourseFigures c : courses) {
            String title = c.title().length() > 40 ? c.title().substring(0, 39) + "…" : c.title();
            data.addValue(c.figures().grossFen() / 100.0, gross, title + " #" + c.courseId());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "¥", data, PlotOrientation.HORIZONTAL, false, false, false);
        BarRenderer r = (BarRenderer) chart.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, GROSS);
        style(chart, 0);
        return image(chart, "top-courses.svg", alt);
    }

    static String svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGDocument();
    }

    private static void style(JFreeChart chart, int categories) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlineVisible(false);
        // With no sales yet every value is 0 and the auto-range would shrink to ±5E-9:
        // keep at least a yuan of range and money-shaped tick labels.
        NumberAxis money = (NumberAxis) plot.getRangeAxis();
        money.setAutoRangeMinimumSize(1.0);
        money.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        if (categories > 14) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (categories > 62) {
            plot.getDomainAxis().setTickLabelsVisible(false);
        }
    }

    private static Image image(JFreeChart chart, String name, String alt) {
        byte[] svg = svg(chart).getBytes(StandardCharsets.UTF_8);
        Image img = new Image();
        img.setSrc(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(svg), name, "image/svg+xml", svg.length)));
        img.setAlt(alt);
        img.setWidthFull();
        img.setMaxWidth(WIDTH + "px");
        img.getElement().setAttribute("data-chart", name);
        return img;
    }
}
