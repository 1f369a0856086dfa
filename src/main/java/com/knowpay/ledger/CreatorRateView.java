package com.knowpay.ledger;

import java.time.Instant;

/** A per-creator commission override, in basis points (2000 = 20.00 %). */
public record CreatorRateView(long creatorId, String creatorName, int rateBasisPoints, Instant updatedAt,
                              String updatedBy) {
}
