package dev.courseportal.domain.account.boundary;

import dev.courseportal.domain.account.control.UsernameRules;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a password sign-in: counts failures, locks the account for a while after too many in a
 * row, and answers the same way for an unknown account as for a wrong password. Every attempt
 * lands in the audit log.
 */
@Stateless
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());
    static final int MAX_FAILURES = Integer.getInteger("portal.signin.max-failures", 5);
    static final Duration LOCK_FOR = Duration.ofMinutes(Long.getLong("portal.signin.lock-minutes", 15));

    /** The outcome of one sign-in attempt. */
    public enum Outcome { SIGNED_IN, REJECTED }

    /** An attempt's outcome and, when signed in, the account. */
    public record Result(Outcome outcome, Account account) {
        public boolean signedIn() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    public Result signIn(String username, char[] password) {
        return signIn(username, password, "form");
    }

    /** @param channel how the password came ("form", "api"), for the audit log */
    public Result signIn(String username, char[] password, String channel) {
        if (username == null || username.isBlank() || password == null) {
            return new Result(Outcome.REJECTED, null);
        }
        Optional<Account> found = find(username.strip());
        if (found.isEmpty()) {
            PasswordHasher.dummyCheck(password);
            LOG.info(() -> "Sign-in rejected for unknown account");
            audit.record(username, AuditAction.SIGN_IN_FAILED, username, channel + ": unknown account");
            return new Result(Outcome.REJECTED, null);
        }
        Account account = found.get();
        Instant now = Instant.now();
        if (!account.active() || account.lockedAt(now)) {
            PasswordHasher.dummyCheck(password);
            String why = account.active() ? "locked" : "inactive";
            LOG.info(() -> "Sign-in rejected for " + account.username() + " (" + why + ")");
            audit.record(account.username(), AuditAction.SIGN_IN_FAILED, account.username(), channel + ": " + why);
            return new Result(Outcome.REJECTED, null);
        }
        if (!PasswordHasher.matches(password, account.passwordHash())) {
            account.recordFailedSignIn(now, MAX_FAILURES, LOCK_FOR);
            boolean lockedNow = account.lockedAt(now);
            LOG.info(() -> "Sign-in failed for " + account.username()
                    + (lockedNow ? ", account locked until " + account.lockedUntil() : ""));
            audit.record(account.username(), AuditAction.SIGN_IN_FAILED, account.username(), channel + ": wrong password");
            if (lockedNow) {
                audit.record(account.username(), AuditAction.ACCOUNT_LOCKED, account.username(),
                        "until " + account.lockedUntil());
            }
            return new Result(Outcome.REJECTED, null);
        }
        account.recordSignIn(now);
        audit.record(account.username(), AuditAction.SIGN_IN, account.username(), channel);
        return new Result(Outcome.SIGNED_IN, account);
    }

    /**
     * A wrong current password on the "change password" page counts as a failed sign-in: whoever
     * holds a forgotten open session cannot try passwords there without the lockout. Its own
     * transaction, so that it stands although the refused change rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordWrongCurrentPassword(long accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return;
        }
        Instant now = Instant.now();
        account.recordFailedSignIn(now, MAX_FAILURES, LOCK_FOR);
        audit.record(account.username(), AuditAction.SIGN_IN_FAILED, account.username(),
                "password change: wrong current password");
        if (account.lockedAt(now)) {
            audit.record(account.username(), AuditAction.ACCOUNT_LOCKED, account.username(), "until " + account.lockedUntil());
        }
    }

    /** Exactly as typed first, then as user names are stored by administration (lower case). */
    private Optional<Account> find(String username) {
        Optional<Account> exact = lockedByUsername(username);
        String normalised = UsernameRules.normalise(username);
        return exact.isPresent() || normalised.equals(username) ? exact : lockedByUsername(normalised);
    }

    private Optional<Account> lockedByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
