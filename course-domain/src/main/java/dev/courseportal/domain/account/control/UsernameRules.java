package dev.courseportal.domain.account.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** User names: 3 to 64 of letters, digits, dot, dash, underscore and @, stored in lower case. */
public final class UsernameRules {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._@-]{3,64}");

    private UsernameRules() {
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> violation(String username) {
        return ALLOWED.matcher(normalise(username)).matches() ? Optional.empty() : Optional.of("username.invalid");
    }
}
