package dev.courseportal.domain.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static Optional<String> check(String username, String password) {
        return PasswordPolicy.violation(username, password.toCharArray());
    }

    @Test
    void twelveCharactersAreTheMinimum() {
        assertEquals(Optional.of("password.tooShort"), check("ivan", "eleven-char"));
        assertEquals(Optional.empty(), check("ivan", "twelve-chars"));
    }

    @Test
    void theUserNameMayNotBeThePasswordNorInsideItNorReversed() {
        assertEquals(Optional.of("password.containsUsername"), check("ivan.petrov", "Ivan.Petrov-2026"));
        assertEquals(Optional.of("password.containsUsername"), check("ivan.petrov", "vortep.navi-2026"));
        assertEquals(Optional.empty(), check("ivan.petrov", "correct horse battery"));
    }

    @Test
    void overlongPasswordsAreRefusedRatherThanHashedForever() {
        assertEquals(Optional.of("password.tooLong"), check("ivan", "x".repeat(201)));
    }
}
