package com.knowpay.order.web;

import com.knowpay.shared.DomainException;
import com.knowpay.shared.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys as Stripe does them: the first request with a key is recorded (per user)
 * before it runs; a retry with the same key and the same request gets the first response again
 * for 24 hours; the same key with a different request is refused. Concurrent retries wait for
 * the first to finish instead of running twice. A request that fails releases its key, so the
 * client may retry it.
 */
@Service
class IdempotencyService {

    static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    record Replay<T>(T body, boolean replayed) {
    }

    private record Row(String requestHash, String status, String responseBody, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    IdempotencyService(JdbcTemplate jdbc, PlatformTransactionManager txManager, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    <T> Replay<T> execute(String key, String request, Class<T> type, Supplier<T> action) {
        if (key == null) {
            return new Replay<>(action.get(), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw DomainException.invalid("idempotency-key-invalid",
                    "Idempotency-Key must be 1–100 printable ASCII characters without spaces.");
        }
        long userId = CurrentUser.require().userId();
        String hash = sha256(request);
        Instant deadline = clock.instant().plus(WAIT_FOR_FIRST);
        while (true) {
            if (claim(userId, key, hash)) {
                return new Replay<>(runAndRecord(userId, key, type, action), false);
            }
            Row row = find(userId, key);
            if (row == null) {
                continue; // released or expired between our insert and our read: claim again
            }
            if (row.createdAt().plus(RETENTION).isBefore(clock.instant())) {
                jdbc.update("DELETE FROM idempotency_record WHERE user_id = ? AND idem_key = ?", userId, key);
                continue;
            }
            if (!row.requestHash().equals(hash)) {
                throw DomainException.conflict("idempotency-key-reused",
                        "This Idempotency-Key was already used for a different request; use a new key.");
            }
            if ("COMPLETED".equals(row.status())) {
                return new Replay<>(json.readValue(row.responseBody(), type), true);
            }
            if (clock.instant().isAfter(deadline)) {
                throw DomainException.conflict("idempotency-in-progress",
                        "A request with this Idempotency-Key is still being processed; retry in a moment.");
            }
            sleep();
        }
    }

    private <T> T runAndRecord(long userId, String key, Class<T> type, Supplier<T> action) {
        T result;
        try {
            result = action.get();
        } catch (RuntimeException e) {
            jdbc.update("DELETE FROM idempotency_record WHERE user_id = ? AND idem_key = ?", userId, key);
            throw e;
        }
        jdbc.update("UPDATE idempotency_record SET status = 'COMPLETED', response_body = ? WHERE user_id = ? AND idem_key = ?",
                json.writeValueAsString(result), userId, key);
        return result;
    }

    private boolean claim(long userId, String key, String hash) {
        try {
            tx.executeWithoutResult(s -> jdbc.update(
                    "INSERT INTO idempotency_record (user_id, idem_key, request_hash, status, created_at) VALUES (?, ?, ?, 'IN_PROGRESS', ?)",
                    userId, key, hash, Timestamp.from(clock.instant())));
            return true;
        } catch (DataIntegrityViolationException alreadyThere) {
            return false;
        }
    }

    private Row find(long userId, String key) {
        List<Row> rows = jdbc.query(
                "SELECT request_hash, status, response_body, created_at FROM idempotency_record WHERE user_id = ? AND idem_key = ?",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                userId, key);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /** Keys are kept a little longer than promised, then forgotten. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(RETENTION.multipliedBy(2))));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DomainException.conflict("idempotency-in-progress", "Interrupted while waiting; retry.");
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
