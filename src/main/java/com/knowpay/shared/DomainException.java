package com.knowpay.shared;

/**
 * A refusal a person can act on. {@code code} is stable (it becomes the problem {@code type} of
 * the REST API and picks the translated message in the UI); {@code kind} picks the HTTP status.
 */
public class DomainException extends RuntimeException {

    public enum Kind { VALIDATION, NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHORIZED, RATE_LIMITED, UNAVAILABLE }

    private final String code;
    private final Kind kind;

    public DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(Kind.NOT_FOUND, code, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(Kind.VALIDATION, code, message);
    }

    public static DomainException forbidden(String code, String message) {
        return new DomainException(Kind.FORBIDDEN, code, message);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** For RATE_LIMITED refusals: how long the client should wait; 0 = the default of the answer. */
    public long retryAfterSeconds() {
        return 0;
    }
}
