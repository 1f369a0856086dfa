package com.knowpay.account;

import java.util.Optional;
import java.util.Set;

/** Refuses weak passwords with a message that says what to do instead. */
final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("password", "password1", "12345678", "123456789",
            "1234567890", "qwerty123", "11111111", "iloveyou", "admin123", "abc12345", "88888888", "a1234567");

    private PasswordPolicy() {
    }

    static Optional<String> check(String password, String username) {
        if (password == null || password.length() < 8) {
            return Optional.of("Password: at least 8 characters.");
        }
        if (password.length() > 72) {
            return Optional.of("Password: at most 72 characters.");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("Password: use both letters and digits.");
        }
        if (COMMON.contains(password.toLowerCase()) || (!username.isEmpty() && password.toLowerCase().contains(username.toLowerCase()))) {
            return Optional.of("Password is too easy to guess; please choose another.");
        }
        return Optional.empty();
    }
}
