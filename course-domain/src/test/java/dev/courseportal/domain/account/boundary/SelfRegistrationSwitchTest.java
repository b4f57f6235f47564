package dev.courseportal.domain.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The self-registration switch is read on every call, so that a management operation on a running
 * server opens and closes it. The environment variable is not set where the unit tests run.
 */
class SelfRegistrationSwitchTest {

    private final AccountService accounts = new AccountService();

    @AfterEach
    void clear() {
        System.clearProperty(AccountService.SELF_REGISTRATION_PROPERTY);
    }

    @Test
    void closedUnlessTheOperatorOpensIt() {
        System.clearProperty(AccountService.SELF_REGISTRATION_PROPERTY);
        assertEquals(Boolean.parseBoolean(System.getenv("PORTAL_SELF_REGISTRATION")), accounts.selfRegistrationOpen());
    }

    @Test
    void thePropertyOpensAndClosesItWhileRunning() {
        System.setProperty(AccountService.SELF_REGISTRATION_PROPERTY, " true ");
        assertTrue(accounts.selfRegistrationOpen());
        System.setProperty(AccountService.SELF_REGISTRATION_PROPERTY, "false");
        assertFalse(accounts.selfRegistrationOpen());
        System.setProperty(AccountService.SELF_REGISTRATION_PROPERTY, "yes");
        assertFalse(accounts.selfRegistrationOpen(), "only 'true' opens it");
    }

    @Test
    void closedRegistrationIsRefusedBeforeAnythingIsLookedAt() {
        System.setProperty(AccountService.SELF_REGISTRATION_PROPERTY, "false");
        assertThrows(AccessDeniedException.class,
                () -> accounts.register("someone", "Someone", null, "long-enough-password".toCharArray()));
    }
}
