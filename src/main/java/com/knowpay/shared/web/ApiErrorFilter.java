package com.knowpay.shared.web;

import com.knowpay.shared.LogSafe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every {@code /api/**} answer inside the API contract (docs/ARCHITECTURE.md §9: problem+json), also for
 * errors no controller sees: 404 for a path nothing maps, 405/406/415 decided while choosing a
 * controller, a request the firewall rejects, an exception nothing handled. Without this such errors
 * go through {@code sendError} to the servlet container's {@code /error} dispatch, which belongs to
 * the UI's security chain and answers a 302 to the login page or Vaadin's HTML.
 * <p>
 * How: {@code sendError} on an API response writes the problem right here (status, stable
 * {@code type}/{@code code}, headers such as {@code Allow} kept) instead of starting an error
 * dispatch; an exception escaping the whole chain is a server fault, logged once and answered 500.
 * Runs before Spring Security, so the security chains' own rejections are covered too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiErrorFilter extends ApiRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    private final JsonMapper json;

    public ApiErrorFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemOnError wrapped = new ProblemOnError(request, response);
        try {
            chain.doFilter(request, wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.error("Unhandled error on {} {}", request.getMethod(), LogSafe.untrusted(request.getRequestURI()), e);
            response.resetBuffer();
            write(response, HttpStatus.INTERNAL_SERVER_ERROR, request);
        }
    }

    private void write(HttpServletResponse response, HttpStatusCode status, HttpServletRequest request) throws IOException {
        ProblemDetail problem = ProblemHandler.problem(status, ProblemHandler.codeFor(status), detail(status, request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = json.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        try {
            OutputStream out = response.getOutputStream();
            out.write(body);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }

    private static String detail(HttpStatusCode status, HttpServletRequest request) {
        String call = request.getMethod() + " " + request.getRequestURI();
        return switch (status.value()) {
            case 400 -> "The request could not be read: check the path, parameters and JSON body of " + call + ".";
            case 401 -> ProblemHandler.SIGN_IN;
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is no API endpoint " + call + "; the endpoints are described at /v3/api-docs.";
            case 405 -> request.getMethod() + " is not supported on " + request.getRequestURI()
                    + "; the Allow header lists the methods that are.";
            case 406 -> "This endpoint answers application/json; send an Accept header that allows it.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the request body as application/json.";
            case 500 -> "Something went wrong on our side; please try again later.";
            case 503 -> "The service is briefly unavailable; please try again later.";
            default -> HttpStatus.resolve(status.value()) == null ? "The request failed."
                    : HttpStatus.resolve(status.value()).getReasonPhrase() + ".";
        };
    }

    /** Turns {@code sendError} into a written problem, so no error dispatch (and no UI chain) follows. */
    private final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("Cannot send error " + sc + ": the response is already committed");
            }
            log.debug("{} {} answered {} ({})", request.getMethod(), LogSafe.untrusted(request.getRequestURI()), sc, LogSafe.untrusted(msg));
            resetBuffer();
            write((HttpServletResponse) getResponse(), HttpStatusCode.valueOf(sc), request);
        }
    }
}
