package com.knowpay.account;

import java.time.Instant;

/** A freshly issued bearer token; the only moment its clear text exists on the server. */
public record IssuedToken(String token, String tokenType, Instant expiresAt) {

    public static final String BEARER = "Bearer";
}
