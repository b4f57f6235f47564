package dev.courseportal.domain.account.boundary;

import dev.courseportal.domain.account.control.UsernameRules;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Creating and finding accounts, single sign-on provisioning, self-registration, own password. */
@Stateless
public class AccountService {

    /**
     * The system property that opens self-registration; it wins over the environment variable
     * {@code PORTAL_SELF_REGISTRATION}. Read on every call, not once, so that an operator (or a
     * test) can open or close registration on a running server with a management operation
     * ({@code /system-property=portal.self-registration:add(value=true)}) and no restart.
     */
    public static final String SELF_REGISTRATION_PROPERTY = "portal.self-registration";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    SignInService signIns;

    @EJB
    AuditLog audit;

    public Account create(String username, String displayName, Set<Role> roles, char[] password) {
        Account account = new Account(username, displayName, roles);
        if (password != null) {
            account.changePasswordHash(PasswordHasher.hash(password));
        }
        em.persist(account);
        return account;
    }

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** Remembers the learner's interface choices; unknown values are ignored. */
    public void choosePreferences(long accountId, String theme, String locale) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return;
        }
        if ("light".equals(theme) || "dark".equals(theme)) {
            account.preferTheme(theme);
        }
        if ("ru".equals(locale) || "en".equals(locale)) {
            account.preferLocale(locale);
        }
    }

    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }

    /**
     * The caller behind a signed-in user name, if the account may still act: it exists, is active,
     * and its sessions were not ended after {@code sessionStartedAt}.
     */
    public Optional<Caller> callerFor(String username, Instant sessionStartedAt) {
        return byUsername(username)
                .filter(Account::active)
                .filter(a -> a.sessionsValidAfter() == null || sessionStartedAt == null
                        || !sessionStartedAt.isBefore(a.sessionsValidAfter()))
                .map(Caller::of);
    }

    /**
     * The account of someone the company's OpenID provider signed in: created on the first sign-in,
     * its roles following the provider's on every sign-in when the provider sent any. An account
     * the portal itself manages (local) keeps its roles. Refused when the account is deactivated.
     */
    public Account signedInWithSso(String username, String displayName, String email, Set<Role> roles) {
        String name = username.strip();
        Optional<Account> found = byUsername(name);
        if (found.isEmpty()) {
            Set<Role> granted = roles.isEmpty() ? EnumSet.of(Role.LEARNER) : roles;
            Account account = new Account(name, displayName == null || displayName.isBlank() ? name : displayName,
                    granted);
            account.changeEmail(email);
            account.signsInWith(Account.SignInSource.SSO);
            account.recordSignIn(Instant.now());
            em.persist(account);
            audit.record(name, AuditAction.SSO_SIGN_IN, name, "account created, roles "
                    + AccountAdministration.names(granted));
            return account;
        }
        Account account = found.get();
        if (!account.active()) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, name, "sso: inactive");
            throw new AccessDeniedException(name + " is deactivated");
        }
        String change = "";
        if (account.signInSource() == Account.SignInSource.SSO && !roles.isEmpty() && !roles.equals(account.roles())) {
            change = ", roles " + AccountAdministration.names(account.roles()) + " -> " + AccountAdministration.names(roles);
            account.assignRoles(roles);
        }
        account.recordSignIn(Instant.now());
        audit.record(name, AuditAction.SSO_SIGN_IN, name, "sso" + change);
        return account;
    }

    /** Self-registration is off unless the operator turns it on (property first, then environment). */
    public boolean selfRegistrationOpen() {
        String value = System.getProperty(SELF_REGISTRATION_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv("PORTAL_SELF_REGISTRATION");
        }
        return value != null && Boolean.parseBoolean(value.strip());
    }

    /**
     * Self-registration (off by default): a learner account with the password policy applied.
     * Checked here, not only by the page: a form kept open while registration closed, or a forged
     * request, is refused all the same.
     */
    public Account register(String username, String displayName, String email, char[] password) {
        if (!selfRegistrationOpen()) {
            throw new AccessDeniedException("self-registration is off");
        }
        String name = UsernameRules.normalise(username);
        UsernameRules.violation(name).ifPresent(key -> {
            throw new InvalidInputException(key);
        });
        if (byUsername(name).isPresent()) {
            throw new InvalidInputException("username.taken", name);
        }
        AccountAdministration.requirePolicy(name, password);
        Account account = new Account(name, AccountAdministration.requireDisplayName(displayName), EnumSet.of(Role.LEARNER));
        account.changeEmail(AccountAdministration.checkedEmail(email));
        account.changePasswordHash(PasswordHasher.hash(password));
        em.persist(account);
        audit.record(name, AuditAction.SELF_REGISTERED, name, null);
        return account;
    }

    /**
     * Whether the account signs in with a password the portal keeps. A single sign-on account has
     * none (its password lives at the company's provider), nor has an account restored from a
     * backup without secrets.
     */
    public boolean hasOwnPassword(Caller caller) {
        Account account = em.find(Account.class, caller.accountId());
        return account != null && account.passwordHash() != null;
    }

    /** The signed-in person changes their own password; the current one must be given. */
    public void changeOwnPassword(Caller caller, char[] current, char[] next) {
        Account account = em.find(Account.class, caller.accountId());
        if (account != null && account.passwordHash() == null) {
            throw new InvalidInputException("password.atProvider");
        }
        if (account == null || current == null || !PasswordHasher.matches(current, account.passwordHash())) {
            if (account != null) {
                signIns.recordWrongCurrentPassword(account.id());
            }
            throw new InvalidInputException("password.currentWrong");
        }
        AccountAdministration.requirePolicy(account.username(), next);
        account.changePasswordHash(PasswordHasher.hash(next));
        audit.record(caller.username(), AuditAction.PASSWORD_CHANGED, caller.username(), null);
    }
}
