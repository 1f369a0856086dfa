package com.knowpay.ledger;

import com.knowpay.shared.Money;
import java.time.Instant;

public record PayoutView(long id, String payoutNo, long creatorId, String creatorName, Money amount,
                         PayoutStatus status, Instant requestedAt, Instant decidedAt, String decidedBy, String note,
                         String bankReference, Instant paidAt) {
}
