package dev.courseportal.domain.account.boundary;

import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, as the web boundary established it from the signed-in identity and the account's
 * current roles. Every service of accounts, cohorts and the audit log takes one and checks it
 * itself: the EJBs do not rely on container security, because the identity Jakarta Security
 * establishes (and the one elytron-oidc-client establishes in its own virtual domain) is not
 * propagated to the EJB module's security domain.
 */
public record Caller(long accountId, String username, Set<Role> roles) implements Serializable {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static Caller of(Account account) {
        return new Caller(account.id(), account.username(), account.roles());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdministrator() {
        return has(Role.ADMINISTRATOR);
    }

    /** Refuses unless the caller holds at least one of {@code anyOf}. */
    public void require(Role... anyOf) {
        for (Role role : anyOf) {
            if (has(role)) {
                return;
            }
        }
        throw new AccessDeniedException(username + " lacks " + Set.of(anyOf));
    }
}
