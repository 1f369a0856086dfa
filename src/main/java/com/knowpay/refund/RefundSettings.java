package com.knowpay.refund;

import com.knowpay.catalog.CourseKind;
import com.knowpay.shared.Money;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Refund policy ({@code knowpay.refund.*}).
 *
 * @param windowDays          per course kind, how many days after payment a learner may ask for a
 *                            refund (defaults: COURSE 7, LECTURE_SERIES 7, EBOOK 3); admins may override
 * @param secondApprovalAbove refunds above this amount (yuan) need a second, different admin
 */
@ConfigurationProperties("knowpay.refund")
public record RefundSettings(Map<CourseKind, Integer> windowDays, @DefaultValue("200.00") String secondApprovalAbove) {

    private static final Map<CourseKind, Integer> DEFAULTS = Map.of(CourseKind.COURSE, 7,
            CourseKind.LECTURE_SERIES, 7, CourseKind.EBOOK, 3);

    public RefundSettings {
        Map<CourseKind, Integer> merged = new EnumMap<>(DEFAULTS);
        if (windowDays != null) {
            windowDays.forEach((kind, days) -> {
                if (days == null || days < 0) {
                    throw new IllegalArgumentException("knowpay.refund.window-days." + kind + " must be 0 or more");
                }
                merged.put(kind, days);
            });
        }
        windowDays = Map.copyOf(merged);
        // Through Money's bounded parser, not a BigDecimal: "1e6000000" fails at start-up in microseconds.
        try {
            Money.ofYuan(secondApprovalAbove);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("knowpay.refund.second-approval-above must be yuan such as 200.00: "
                    + e.getMessage(), e);
        }
    }

    public int windowDays(CourseKind kind) {
        return kind == null ? windowDays.values().stream().mapToInt(Integer::intValue).min().orElse(0)
                : windowDays.get(kind);
    }

    public Money secondApprovalThreshold() {
        return Money.ofYuan(secondApprovalAbove);
    }
}
