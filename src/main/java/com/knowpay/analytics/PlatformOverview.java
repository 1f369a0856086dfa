package com.knowpay.analytics;

import java.util.List;
import java.util.OptionalLong;

/**
 * The platform over a range of business days. {@code openMismatches} and {@code pendingRefunds} are
 * empty while no module provides them ({@link OpenMismatchCount}, {@link RefundFigures}).
 */
public record PlatformOverview(DashboardQuery query, SalesFigures totals, List<PeriodFigures> periods,
                               List<ChannelFigures> channels, long riskBlocks, OptionalLong openMismatches,
                               OptionalLong pendingRefunds) {

    public PlatformOverview {
        periods = List.copyOf(periods);
        channels = List.copyOf(channels);
    }
}
