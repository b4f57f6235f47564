package dev.courseportal.domain.account.control;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 12 characters, at most 200, and neither the user name nor
 * built around it. Length beats composition rules (NIST SP 800-63B), so there are none.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String candidate = new String(password).toLowerCase(Locale.ROOT);
        if (candidate.isBlank()) {
            return Optional.of("password.tooShort");
        }
        if (username != null && !username.isBlank()) {
            String name = username.strip().toLowerCase(Locale.ROOT);
            if (candidate.contains(name) || new StringBuilder(candidate).reverse().toString().contains(name)) {
                return Optional.of("password.containsUsername");
            }
        }
        return Optional.empty();
    }
}
