package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.AccountAdministration;
import dev.courseportal.domain.account.boundary.AccountAdministration.NewAccount;
import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.domain.account.boundary.SignInService;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.audit.AuditQuery;
import dev.courseportal.it.PortalDeployment;
import jakarta.ejb.EJB;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Account administration, the password policy, lockout and the audit log, through the deployed services. */
@ExtendWith(ArquillianExtension.class)
class AccountAdministrationIT {

    private static final String GOOD_PASSWORD = "Correct-Horse-Battery-9";

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(AccountAdministrationIT.class);
    }

    @EJB(lookup = "java:global/course-portal/course-domain/AccountAdministration")
    AccountAdministration administration;

    @EJB(lookup = "java:global/course-portal/course-domain/AccountService")
    AccountService accounts;

    @EJB(lookup = "java:global/course-portal/course-domain/SignInService")
    SignInService signIn;

    @EJB(lookup = "java:global/course-portal/course-domain/AuditLog")
    AuditLog audit;

    private Caller administrator() {
        return Caller.of(accounts.byUsername("admin").orElseThrow());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static NewAccount learner(String username, String password) {
        return new NewAccount(username, "Тест " + username, username + "@example.org", EnumSet.of(Role.LEARNER),
                password == null ? null : password.toCharArray());
    }

    @Test
    void passwordPolicyRefusesShortPasswordsAndTheUserName() {
        String username = unique("policy");
        InvalidInputException tooShort = assertThrows(InvalidInputException.class,
                () -> administration.create(administrator(), learner(username, "short-pw-1")));
        assertEquals("password.tooShort", tooShort.messageKey());
        InvalidInputException withName = assertThrows(InvalidInputException.class,
                () -> administration.create(administrator(), learner(username, "xx" + username + "-2026")));
        assertEquals("password.containsUsername", withName.messageKey());
        assertTrue(accounts.byUsername(username).isEmpty(), "a refused account is not created");

        AccountAdministration.Created created = administration.create(administrator(), learner(username, null));
        assertNotNull(created.generatedPassword(), "a generated password is returned once");
        assertTrue(signIn.signIn(username, created.generatedPassword().toCharArray()).signedIn());

        InvalidInputException taken = assertThrows(InvalidInputException.class,
                () -> administration.create(administrator(), learner(username.toUpperCase(), GOOD_PASSWORD)));
        assertEquals("username.taken", taken.messageKey(), "user names are unique whatever their case");
    }

    @Test
    void onlyAdministratorsAdministerAccounts() {
        Account someone = administration.create(administrator(), learner(unique("victim"), GOOD_PASSWORD)).account();
        Caller learner = Caller.of(administration.create(administrator(), learner(unique("intruder"), GOOD_PASSWORD)).account());
        Caller instructor = new Caller(learner.accountId(), learner.username(), EnumSet.of(Role.INSTRUCTOR, Role.LEARNER));
        for (Caller wrong : new Caller[] {learner, instructor}) {
            assertThrows(AccessDeniedException.class, () -> administration.find(wrong, null, 0, 10, null, true));
            assertThrows(AccessDeniedException.class, () -> administration.create(wrong, learner(unique("x"), GOOD_PASSWORD)));
            assertThrows(AccessDeniedException.class, () -> administration.update(wrong, someone.id(), someone.version(),
                    "Renamed", null, EnumSet.of(Role.ADMINISTRATOR)));
            assertThrows(AccessDeniedException.class, () -> administration.deactivate(wrong, someone.id()));
            assertThrows(AccessDeniedException.class, () -> administration.resetPassword(wrong, someone.id(), null));
            assertThrows(AccessDeniedException.class, () -> administration.unlock(wrong, someone.id()));
            assertThrows(AccessDeniedException.class, () -> audit.search(wrong, AuditQuery.everything(), 0, 10));
        }
        Account unchanged = accounts.byId(someone.id()).orElseThrow();
        assertEquals(someone.displayName(), unchanged.displayName());
        assertEquals(Set.of(Role.LEARNER), unchanged.roles());
        assertTrue(unchanged.active());
    }

    @Test
    void deactivationEndsSessionsAndSignInUntilReactivated() {
        Account account = administration.create(administrator(), learner(unique("leaver"), GOOD_PASSWORD)).account();
        Instant sessionStart = Instant.now().minusSeconds(1);
        assertTrue(accounts.callerFor(account.username(), sessionStart).isPresent());

        administration.deactivate(administrator(), account.id());
        assertTrue(accounts.callerFor(account.username(), sessionStart).isEmpty(), "an open session ends");
        assertFalse(signIn.signIn(account.username(), GOOD_PASSWORD.toCharArray()).signedIn());

        administration.reactivate(administrator(), account.id());
        assertTrue(accounts.callerFor(account.username(), sessionStart).isEmpty(),
                "a session that was ended stays ended after reactivation");
        assertTrue(signIn.signIn(account.username(), GOOD_PASSWORD.toCharArray()).signedIn());
        assertEquals(1, audit.count(administrator(), new AuditQuery(null, AuditAction.ACCOUNT_DEACTIVATED.name(),
                account.username(), null, null)));
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        Account account = administration.create(administrator(), learner(unique("locked"), GOOD_PASSWORD)).account();
        for (int i = 0; i < 5; i++) {
            assertFalse(signIn.signIn(account.username(), ("wrong-password-" + i).toCharArray()).signedIn());
        }
        assertFalse(signIn.signIn(account.username(), GOOD_PASSWORD.toCharArray()).signedIn(),
                "even the right password is refused while locked");
        assertEquals(1, audit.count(administrator(), new AuditQuery(account.username(),
                AuditAction.ACCOUNT_LOCKED.name(), null, null, null)));
        assertEquals(6, audit.count(administrator(), new AuditQuery(account.username(),
                AuditAction.SIGN_IN_FAILED.name(), null, null, null)));

        administration.unlock(administrator(), account.id());
        assertTrue(signIn.signIn(account.username(), GOOD_PASSWORD.toCharArray()).signedIn());
    }

    @Test
    void roleChangesAreAuditedAndAStaleEditIsRefused() {
        Account account = administration.create(administrator(), learner(unique("promoted"), GOOD_PASSWORD)).account();
        Account promoted = administration.update(administrator(), account.id(), account.version(), "Promoted",
                "promoted@example.org", EnumSet.of(Role.LEARNER, Role.INSTRUCTOR));
        assertEquals(EnumSet.of(Role.LEARNER, Role.INSTRUCTOR), promoted.roles());
        assertEquals(1, audit.count(administrator(), new AuditQuery(null, AuditAction.ROLES_CHANGED.name(),
                account.username(), null, null)));

        InvalidInputException stale = assertThrows(InvalidInputException.class, () -> administration.update(
                administrator(), account.id(), account.version(), "Lost edit", null, EnumSet.of(Role.LEARNER)));
        assertEquals("account.changedMeanwhile", stale.messageKey());
        assertEquals("Promoted", accounts.byId(account.id()).orElseThrow().displayName());
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() {
        Caller admin = administrator();
        InvalidInputException self = assertThrows(InvalidInputException.class,
                () -> administration.deactivate(admin, admin.accountId()));
        assertEquals("account.cannotDeactivateSelf", self.messageKey());
        assertTrue(accounts.byId(admin.accountId()).orElseThrow().active());
    }

    @Test
    void passwordResetEndsSessionsAndTheOldPassword() {
        Account account = administration.create(administrator(), learner(unique("reset"), GOOD_PASSWORD)).account();
        Instant sessionStart = Instant.now().minusSeconds(1);
        String generated = administration.resetPassword(administrator(), account.id(), null);
        assertNotNull(generated);
        assertTrue(accounts.callerFor(account.username(), sessionStart).isEmpty());
        assertFalse(signIn.signIn(account.username(), GOOD_PASSWORD.toCharArray()).signedIn());
        assertTrue(signIn.signIn(account.username(), generated.toCharArray()).signedIn());
    }
}
