package com.knowpay.account.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one canonical form of a username, used alike to store an account, to look it up and to key
 * the sign-in throttle, so no two spellings can reach one account under different counters.
 * <p>
 * A username is plain ASCII ({@code a-z 0-9 . _ -}) stored in lower case. Anything else typed at
 * sign-in cannot name an account and is refused before any look-up: case folding of other
 * scripts ({@code ſ} U+017F, dotless {@code ı} U+0131, the Kelvin sign U+212A) and accent-insensitive
 * database collations would otherwise map look-alikes onto an existing name. The check runs on the
 * characters as typed, before lower-casing, for the same reason.
 */
public final class Usernames {

    /** What a stored username may be: what registration accepts (after lower-casing). */
    public static final Pattern NEW_USERNAME = Pattern.compile("[a-z0-9_.-]{3,40}");
    /** What a sign-in name may be: the same alphabet, any case, at most the column's length. */
    private static final Pattern TYPED = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private Usernames() {
    }

    /**
     * The canonical form of a typed username (surrounding blanks stripped, lower case with
     * {@link Locale#ROOT}), or empty when it contains anything outside the ASCII username
     * alphabet and so cannot name an account.
     */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        return TYPED.matcher(s).matches() ? Optional.of(s.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
