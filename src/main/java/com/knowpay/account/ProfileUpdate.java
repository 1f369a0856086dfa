package com.knowpay.account;

/** The signed-in user's own details. A blank display name falls back to the username. */
public record ProfileUpdate(String displayName, String email) {
}
