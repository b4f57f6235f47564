package dev.courseportal.domain.account.boundary;

import dev.courseportal.domain.account.control.PasswordPolicy;
import dev.courseportal.domain.account.control.UsernameRules;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What administrators do to accounts: create, edit, assign roles, deactivate (which ends the
 * account's sessions), reactivate, reset passwords, lift lockouts. Every method checks that the
 * caller is an administrator and writes the audit log in the same transaction as the change.
 */
@Stateless
public class AccountAdministration {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,}");

    /** What the administrator typed for a new account; a null password means "generate one". */
    public record NewAccount(String username, String displayName, String email, Set<Role> roles, char[] password) {
    }

    /** The created account and, when the portal generated the password, that password (shown once). */
    public record Created(Account account, String generatedPassword) {
    }

    /** Which accounts a listing shows; null parts do not filter. */
    public record Filter(String text, Boolean active, Role role) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    public List<Account> find(Caller caller, Filter filter, int first, int max, String sortField, boolean ascending) {
        caller.require(Role.ADMINISTRATOR);
        String order = switch (sortField == null ? "" : sortField) {
            case "displayName" -> "a.displayName";
            case "lastSignInAt" -> "a.lastSignInAt";
            case "createdAt" -> "a.createdAt";
            default -> "a.username";
        };
        return query(filter, "SELECT a FROM Account a", Account.class,
                " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", a.id")
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
    }

    public long count(Caller caller, Filter filter) {
        caller.require(Role.ADMINISTRATOR);
        return query(filter, "SELECT COUNT(a) FROM Account a", Long.class, "").getSingleResult();
    }

    public Account byId(Caller caller, long id) {
        caller.require(Role.ADMINISTRATOR);
        return load(id);
    }

    public Created create(Caller caller, NewAccount form) {
        caller.require(Role.ADMINISTRATOR);
        String username = UsernameRules.normalise(form.username());
        UsernameRules.violation(username).ifPresent(key -> {
            throw new InvalidInputException(key);
        });
        if (!em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            throw new InvalidInputException("username.taken", username);
        }
        String displayName = requireDisplayName(form.displayName());
        String email = checkedEmail(form.email());
        Set<Role> roles = requireRoles(form.roles());
        char[] password = form.password();
        String generated = null;
        if (password == null || password.length == 0) {
            generated = AccountBootstrap.generatedPassword();
            password = generated.toCharArray();
        }
        requirePolicy(username, password);
        Account account = new Account(username, displayName, roles);
        account.changeEmail(email);
        account.changePasswordHash(PasswordHasher.hash(password));
        em.persist(account);
        audit.record(caller.username(), AuditAction.ACCOUNT_CREATED, username, "roles " + names(roles));
        return new Created(account, generated);
    }

    /** Changes names, e-mail and roles; refused when someone else saved the account since {@code version}. */
    public Account update(Caller caller, long id, long version, String displayName, String email, Set<Role> roles) {
        caller.require(Role.ADMINISTRATOR);
        Account account = load(id);
        if (account.version() != version) {
            throw new InvalidInputException("account.changedMeanwhile");
        }
        Set<Role> newRoles = requireRoles(roles);
        String newName = requireDisplayName(displayName);
        String newEmail = checkedEmail(email);
        Set<Role> oldRoles = account.roles();
        if (oldRoles.contains(Role.ADMINISTRATOR) && !newRoles.contains(Role.ADMINISTRATOR)) {
            requireAnotherAdministrator(account);
        }
        if (!newName.equals(account.displayName()) || !java.util.Objects.equals(newEmail, account.email())) {
            account.rename(newName);
            account.changeEmail(newEmail);
            audit.record(caller.username(), AuditAction.ACCOUNT_UPDATED, account.username(), "name, e-mail");
        }
        if (!oldRoles.equals(newRoles)) {
            account.assignRoles(newRoles);
            // Pages check the roles a session signed in with: new roles need a new sign-in.
            account.endSessions(Instant.now());
            audit.record(caller.username(), AuditAction.ROLES_CHANGED, account.username(),
                    names(oldRoles) + " -> " + names(newRoles));
        }
        em.flush();
        return account;
    }

    public Account deactivate(Caller caller, long id) {
        caller.require(Role.ADMINISTRATOR);
        Account account = load(id);
        if (account.id() == caller.accountId()) {
            throw new InvalidInputException("account.cannotDeactivateSelf");
        }
        if (account.hasRole(Role.ADMINISTRATOR)) {
            requireAnotherAdministrator(account);
        }
        if (account.active()) {
            account.deactivate();
            audit.record(caller.username(), AuditAction.ACCOUNT_DEACTIVATED, account.username(), null);
        }
        return account;
    }

    public Account reactivate(Caller caller, long id) {
        caller.require(Role.ADMINISTRATOR);
        Account account = load(id);
        if (!account.active()) {
            account.reactivate();
            audit.record(caller.username(), AuditAction.ACCOUNT_REACTIVATED, account.username(), null);
        }
        return account;
    }

    /**
     * Sets a new password (generated when {@code password} is null), lifts any lockout and ends the
     * account's sessions. Returns the generated password, or null when one was given.
     */
    public String resetPassword(Caller caller, long id, char[] password) {
        caller.require(Role.ADMINISTRATOR);
        Account account = load(id);
        String generated = null;
        char[] chosen = password;
        if (chosen == null || chosen.length == 0) {
            generated = AccountBootstrap.generatedPassword();
            chosen = generated.toCharArray();
        }
        requirePolicy(account.username(), chosen);
        account.changePasswordHash(PasswordHasher.hash(chosen));
        account.unlock();
        account.endSessions(Instant.now());
        audit.record(caller.username(), AuditAction.PASSWORD_RESET, account.username(), null);
        return generated;
    }

    public Account unlock(Caller caller, long id) {
        caller.require(Role.ADMINISTRATOR);
        Account account = load(id);
        account.unlock();
        audit.record(caller.username(), AuditAction.ACCOUNT_UNLOCKED, account.username(), null);
        return account;
    }

    static void requirePolicy(String username, char[] password) {
        PasswordPolicy.violation(username, password).ifPresent(key -> {
            throw new InvalidInputException(key, String.valueOf(PasswordPolicy.MIN_LENGTH));
        });
    }

    static String requireDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("displayName.required");
        }
        if (displayName.strip().length() > 200) {
            throw new InvalidInputException("displayName.tooLong");
        }
        return displayName.strip();
    }

    static String checkedEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.strip();
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidInputException("email.invalid");
        }
        return trimmed;
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles.required");
        }
        return EnumSet.copyOf(roles);
    }

    /** The portal always keeps one active administrator, so nobody can lock everyone out. */
    private void requireAnotherAdministrator(Account leaving) {
        long others = em.createQuery("SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role "
                        + "AND a.active = true AND a.id <> :id", Long.class)
                .setParameter("role", Role.ADMINISTRATOR)
                .setParameter("id", leaving.id())
                .getSingleResult();
        if (others == 0) {
            throw new InvalidInputException("account.lastAdministrator");
        }
    }

    private Account load(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new InvalidInputException("account.notFound");
        }
        return account;
    }

    private <T> TypedQuery<T> query(Filter filter, String select, Class<T> type, String suffix) {
        List<String> where = new ArrayList<>();
        String text = filter == null || filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        if (text != null) {
            where.add("(LOWER(a.username) LIKE :text OR LOWER(a.displayName) LIKE :text OR LOWER(a.email) LIKE :text)");
        }
        if (filter != null && filter.active() != null) {
            where.add("a.active = :active");
        }
        if (filter != null && filter.role() != null) {
            where.add(":role MEMBER OF a.roles");
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + suffix, type);
        if (text != null) {
            query.setParameter("text", text);
        }
        if (filter != null && filter.active() != null) {
            query.setParameter("active", filter.active());
        }
        if (filter != null && filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        return query;
    }

    static String names(Set<Role> roles) {
        return roles.stream().map(Role::securityName).sorted().toList().toString();
    }
}
