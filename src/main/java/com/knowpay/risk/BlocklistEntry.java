package com.knowpay.risk;

import java.time.Instant;

/** An admin's blocklist entry; {@code expiresAt} null = until removed. */
public record BlocklistEntry(long id, BlockTarget target, String value, String reason, Instant createdAt,
                             String createdBy, Instant expiresAt, boolean active) {
}
