package dev.courseportal.web.admin;

import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An account as the administrators' table shows it; small and serializable for the view state. */
public record AccountRow(long id, String username, String displayName, String email, List<String> roles,
                         boolean active, boolean locked, boolean sso, Instant lastSignInAt, long version)
        implements Serializable {

    public static AccountRow of(Account account) {
        return new AccountRow(account.id(), account.username(), account.displayName(), account.email(),
                account.roles().stream().map(Role::securityName).sorted().toList(), account.active(),
                account.lockedAt(Instant.now()), account.signInSource() == Account.SignInSource.SSO,
                account.lastSignInAt(), account.version());
    }
}
