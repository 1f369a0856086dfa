package com.knowpay.shared.web;

import com.knowpay.shared.LogSafe;
import com.knowpay.shared.DomainException;
import com.knowpay.shared.FieldValidationException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every REST error as RFC 7807 problem+json with a stable {@code type}
 * ({@code https://knowpay.dev/problems/<code>}) and a message a person can act on.
 */
@RestControllerAdvice(basePackages = "com.knowpay")
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    public static final String TYPE_BASE = "https://knowpay.dev/problems/";

    /** What a client without (or with an expired) token is told to do. */
    public static final String SIGN_IN = "Sign in: send 'Authorization: Bearer <token>' from POST /api/auth/token.";

    /** The stable code of an error that has no code of its own: "method-not-allowed", "not-found"… */
    public static String codeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "error" : known.name().toLowerCase().replace('_', '-');
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create(TYPE_BASE + code));
        pd.setTitle(code);
        pd.setProperty("code", code);
        return pd;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case VALIDATION -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        ProblemDetail pd = problem(status, e.code(), e.getMessage());
        if (e instanceof FieldValidationException fve) {
            pd.setProperty("errors", fve.fieldErrors());
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            builder.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds() > 0 ? e.retryAfterSeconds() : 60));
        }
        return builder.body(pd);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult().getFieldErrors().forEach(fe -> errors.putIfAbsent(fe.getField(), fe.getDefaultMessage()));
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "validation", "Please correct the fields listed in 'errors'.");
        pd.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(pd);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.PayloadTooLargeException) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                        "payload-too-large", "The request body is larger than " + RequestSizeLimitFilter.MAX_BYTES / 1024 + " KiB."));
            }
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request body is not valid JSON of the expected shape (unknown fields are refused)."));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own errors (405, 415, 404 route…) get our stable type too.
        if (body instanceof ProblemDetail pd && (pd.getType() == null || "about:blank".equals(pd.getType().toString()))) {
            String code = codeFor(statusCode);
            pd.setType(URI.create(TYPE_BASE + code));
            pd.setProperty("code", code);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        log.debug("Rejected request: {}", LogSafe.untrusted(e.getMessage()));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-argument", e.getMessage()));
    }
}
