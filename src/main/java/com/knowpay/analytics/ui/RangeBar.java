package com.knowpay.analytics.ui;

import com.knowpay.analytics.DashboardQuery;
import com.knowpay.analytics.Granularity;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.ui.Notify;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.Consumer;

/** First day, last day (business days, Asia/Shanghai) and grouping; "Show" hands the query on. */
class RangeBar extends HorizontalLayout {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Granularity> granularity = new Select<>();
    final Button show = new Button();

    RangeBar(LocalDate today, Consumer<DashboardQuery> onShow) {
        from.setLabel(getTranslation("analytics.range.from"));
        from.setId("analytics-from");
        from.setValue(today.minusDays(29));
        to.setLabel(getTranslation("analytics.range.to"));
        to.setId("analytics-to");
        to.setValue(today);
        granularity.setLabel(getTranslation("analytics.range.group"));
        granularity.setId("analytics-granularity");
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation("analytics.granularity." + g.name().toLowerCase()));
        granularity.setValue(Granularity.DAY);
        show.setText(getTranslation("analytics.range.show"));
        show.setId("analytics-show");
        show.addClickListener(e -> query().ifPresent(onShow));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(from, to, granularity, show);
    }

    java.util.Optional<DashboardQuery> query() {
        try {
            return java.util.Optional.of(new DashboardQuery(from.getValue(), to.getValue(), granularity.getValue()));
        } catch (DomainException e) {
            Notify.error(e);
            return java.util.Optional.empty();
        }
    }
}
