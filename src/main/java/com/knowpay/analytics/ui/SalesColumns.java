package com.knowpay.analytics.ui;

import com.knowpay.analytics.SalesFigures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;

/** The figure columns both dashboards' tables share. */
final class SalesColumns {

    private SalesColumns() {
    }

    static <T> void add(Grid<T> grid, SerializableFunction<T, SalesFigures> f, Component i18n) {
        grid.addColumn(t -> f.apply(t).ordersStarted()).setHeader(i18n.getTranslation("analytics.orders-started"))
                .setComparator(t -> f.apply(t).ordersStarted());
        grid.addColumn(t -> f.apply(t).ordersPaid()).setHeader(i18n.getTranslation("analytics.orders-paid"))
                .setComparator(t -> f.apply(t).ordersPaid());
        grid.addColumn(t -> Figures.percent(f.apply(t).conversion())).setHeader(i18n.getTranslation("analytics.conversion"));
        grid.addColumn(t -> Figures.yuan(f.apply(t).grossFen())).setHeader(i18n.getTranslation("analytics.gross"))
                .setComparator(t -> f.apply(t).grossFen());
        grid.addColumn(t -> Figures.yuan(f.apply(t).refundsFen())).setHeader(i18n.getTranslation("analytics.refunds"));
        grid.addColumn(t -> Figures.yuan(f.apply(t).commissionFen())).setHeader(i18n.getTranslation("analytics.commission"));
        grid.addColumn(t -> Figures.yuan(f.apply(t).netFen())).setHeader(i18n.getTranslation("analytics.net"))
                .setComparator(t -> f.apply(t).netFen());
    }
}
