package dev.courseportal.domain.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person who signs in to the portal: learner, instructor, administrator or several of these. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE LOWER(a.email) = :email")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String COUNT = "Account.count";
    public static final String BY_EMAIL = "Account.byEmail";

    /** Where an account signs in. */
    public enum SignInSource { LOCAL, SSO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false, length = 8)
    private String locale = "ru";

    @Column(nullable = false, length = 16)
    private String theme = "light";

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "sign_in_source", nullable = false, length = 16)
    private String signInSource = "local";

    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, Set<Role> roles) {
        this.username = requireText(username, "username");
        this.displayName = requireText(displayName, "displayName");
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public void rename(String newDisplayName) {
        this.displayName = requireText(newDisplayName, "displayName");
    }

    public String email() {
        return email;
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean active() {
        return active;
    }

    /** Deactivates the account and ends every session it has, on every node. */
    public void deactivate() {
        this.active = false;
        endSessions(Instant.now());
    }

    /** Sessions that began before {@code now} are no longer honoured. */
    public void endSessions(Instant now) {
        this.sessionsValidAfter = now;
    }

    public Instant sessionsValidAfter() {
        return sessionsValidAfter;
    }

    public SignInSource signInSource() {
        return "sso".equals(signInSource) ? SignInSource.SSO : SignInSource.LOCAL;
    }

    public void signsInWith(SignInSource source) {
        this.signInSource = source.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Lifts a lockout without waiting for it to expire. */
    public void unlock() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public void reactivate() {
        this.active = true;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public String locale() {
        return locale;
    }

    public void preferLocale(String newLocale) {
        this.locale = newLocale;
    }

    public String theme() {
        return theme;
    }

    public void preferTheme(String newTheme) {
        this.theme = newTheme;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; after {@code maxFailures} in a row the account locks for {@code lockFor}. */
    public void recordFailedSignIn(Instant now, int maxFailures, java.time.Duration lockFor) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
        }
    }

    public void recordSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public long version() {
        return version;
    }
}
