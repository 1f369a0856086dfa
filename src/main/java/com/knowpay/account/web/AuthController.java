package com.knowpay.account.web;

import com.knowpay.account.AccountService;
import com.knowpay.account.ApiTokenService;
import com.knowpay.account.IssuedToken;
import com.knowpay.account.RegisterCommand;
import com.knowpay.account.security.LoginThrottledException;
import com.knowpay.shared.FieldValidationException;
import com.knowpay.shared.security.Role;
import com.knowpay.shared.web.ProblemHandler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, bearer tokens and the signed-in user for REST clients. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth", description = "Registration and bearer tokens")
class AuthController {

    private final AccountService accounts;
    private final ApiTokenService tokens;

    AuthController(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record RegisterRequest(String username, String displayName, String email, String password, String role) {
    }

    record TokenRequest(String username, String password) {
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a learner or creator account (limited per client address: 429 with Retry-After)")
    UserJson register(@RequestBody RegisterRequest request, HttpServletRequest http) {
        return UserJson.of(accounts.register(new RegisterCommand(request.username(), request.displayName(),
                request.email(), request.password(), role(request.role())), http.getRemoteAddr()));
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange username and password for a bearer token (throttled after repeated failures)")
    IssuedToken token(@RequestBody TokenRequest request, HttpServletRequest http) {
        return tokens.issue(request.username(), request.password(), http.getRemoteAddr());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the bearer token of this request")
    void logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization.substring(authorization.indexOf(' ') + 1).strip());
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user")
    UserJson me() {
        return UserJson.of(accounts.me());
    }

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottledException e) {
        long seconds = e.retryAfterSeconds();
        ProblemDetail problem = ProblemHandler.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts",
                "Too many failed sign-in attempts. Try again in " + seconds + " seconds.");
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }

    private static Role role(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException(Map.of("role", "Role: LEARNER or CREATOR."));
        }
    }
}
