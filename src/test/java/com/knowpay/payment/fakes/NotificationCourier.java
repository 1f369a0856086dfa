package com.knowpay.payment.fakes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Delivers provider notifications the way providers really do: once, twice (a retry after a lost
 * answer), out of order, late, or never. The sender does the HTTP (or MockMvc) call and answers
 * what the merchant said; the courier answers every answer it got, in delivery order.
 */
public final class NotificationCourier {

    public enum Mode { ONCE, TWICE, OUT_OF_ORDER, NEVER }

    private NotificationCourier() {
    }

    public static <N> List<String> deliver(Mode mode, Duration delay, List<N> notifications, Function<N, String> sender) {
        List<N> order = switch (mode) {
            case ONCE -> notifications;
            case TWICE -> twice(notifications);
            case OUT_OF_ORDER -> notifications.reversed();
            case NEVER -> List.of();
        };
        List<String> answers = new ArrayList<>();
        for (N notification : order) {
            pause(delay);
            answers.add(sender.apply(notification));
        }
        return answers;
    }

    public static <N> List<String> deliver(Mode mode, List<N> notifications, Function<N, String> sender) {
        return deliver(mode, Duration.ZERO, notifications, sender);
    }

    private static <N> List<N> twice(List<N> notifications) {
        List<N> doubled = new ArrayList<>();
        for (N n : notifications) {
            doubled.add(n);
            doubled.add(n);
        }
        return doubled;
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delaying a notification", e);
        }
    }
}
