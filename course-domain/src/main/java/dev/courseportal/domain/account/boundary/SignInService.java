package dev.courseportal.domain.account.boundary;

import dev.courseportal.domain.account.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a password sign-in: counts failures, locks the account for a while after too many in a
 * row, and answers the same way for an unknown account as for a wrong password.
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

    public Result signIn(String username, char[] password) {
        if (username == null || username.isBlank() || password == null) {
            return new Result(Outcome.REJECTED, null);
        }
        Optional<Account> found = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            PasswordHasher.dummyCheck(password);
            LOG.info(() -> "Sign-in rejected for unknown account");
            return new Result(Outcome.REJECTED, null);
        }
        Account account = found.get();
        Instant now = Instant.now();
        if (!account.active() || account.lockedAt(now)) {
            PasswordHasher.dummyCheck(password);
            LOG.info(() -> "Sign-in rejected for " + account.username() + (account.active() ? " (locked)" : " (inactive)"));
            return new Result(Outcome.REJECTED, null);
        }
        if (!PasswordHasher.matches(password, account.passwordHash())) {
            account.recordFailedSignIn(now, MAX_FAILURES, LOCK_FOR);
            LOG.info(() -> "Sign-in failed for " + account.username()
                    + (account.lockedAt(now) ? ", account locked until " + account.lockedUntil() : ""));
            return new Result(Outcome.REJECTED, null);
        }
        account.recordSignIn(now);
        return new Result(Outcome.SIGNED_IN, account);
    }
}
