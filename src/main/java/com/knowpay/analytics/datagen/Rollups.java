package com.knowpay.analytics.datagen;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The roll-ups the order events would have built, accumulated in memory while orders are generated. */
final class Rollups {

    record SalesKey(long creatorId, long courseId, LocalDate day, String channel) {
    }

    record PlatformKey(LocalDate day, String channel) {
    }

    record LatencyKey(LocalDate day, String channel, int bucket) {
    }

    /** started, paid, gross, refunds, refundCount, commission, net. */
    final Map<SalesKey, long[]> sales = new HashMap<>();
    /** the same seven, then attempts. */
    final Map<PlatformKey, long[]> platform = new HashMap<>();
    final Map<LatencyKey, long[]> latency = new HashMap<>();
    /** course index (not id) → paid orders. */
    final Map<Long, long[]> popularity = new HashMap<>();
    /** (a << 32 | b) → count, both directions. */
    final Map<Long, int[]> coPurchase = new HashMap<>(1 << 22);

    void add(long creatorId, long courseId, LocalDate day, String channel, long started, long paid, long gross,
             long refunds, long refundCount, long commission, long net, long attempts) {
        if (started + paid + gross + refunds + refundCount + commission + net != 0) {
            long[] s = sales.computeIfAbsent(new SalesKey(creatorId, courseId, day, channel), k -> new long[7]);
            s[0] += started;
            s[1] += paid;
            s[2] += gross;
            s[3] += refunds;
            s[4] += refundCount;
            s[5] += commission;
            s[6] += net;
        }
        long[] p = platform.computeIfAbsent(new PlatformKey(day, channel), k -> new long[8]);
        p[0] += started;
        p[1] += paid;
        p[2] += gross;
        p[3] += refunds;
        p[4] += refundCount;
        p[5] += commission;
        p[6] += net;
        p[7] += attempts;
    }

    void pair(long a, long b) {
        coPurchase.computeIfAbsent(a << 32 | b, k -> new int[1])[0]++;
        coPurchase.computeIfAbsent(b << 32 | a, k -> new int[1])[0]++;
    }
}
