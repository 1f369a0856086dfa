package com.knowpay.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ChartsTests {

    @Test
    void chartsAreSvgDrawnOnTheServer() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(12.5, "Gross", "2026-03-01");
        String svg = Charts.svg(ChartFactory.createBarChart(null, null, "¥", data));
        assertThat(svg).contains("<svg").contains("</svg>").contains("2026-03-01");
    }

    @Test
    void figuresFormatting() {
        assertThat(Figures.yuan(123456)).isEqualTo("¥1,234.56");
        assertThat(Figures.yuan(-1200)).isEqualTo("−¥12.00");
        assertThat(Figures.percent(0.125)).isEqualTo("12.5%");
        assertThat(AdminOverviewView.duration(Duration.ofSeconds(30))).isEqualTo("≤ 30 s");
        assertThat(AdminOverviewView.duration(Duration.ofSeconds(90))).isEqualTo("≤ 1.5 min");
        assertThat(AdminOverviewView.duration(Duration.ofSeconds(Integer.MAX_VALUE))).isEqualTo("> 1 d");
    }

    @Test
    void aRangeWithoutSalesHasReadableMoneyTicksNotScientificNoise() {
        var days = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> new com.knowpay.analytics.PeriodFigures(java.time.LocalDate.of(2026, 11, 1).plusDays(i),
                        com.knowpay.analytics.SalesFigures.ZERO))
                .toList();
        String svg = Charts.svg(Charts.revenueChart(days, "Gross", "Refunds", "Net"));
        assertThat(svg).doesNotContainPattern("\\dE-\\d");
        assertThat(svg).contains(">0<").contains(">1<").doesNotContain(">-0.");
    }
}
