package dev.courseportal.web.learner;

import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in account as this session knows it: id, names, roles. Kept small (a few ids and
 * strings) because it lives in every session.
 */
@Named
@SessionScoped
public class CurrentLearner implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    private Long accountId;
    private String username;
    private String displayName;
    private EnumSet<Role> roles = EnumSet.noneOf(Role.class);

    private void resolve() {
        // The servlet request's principal is null when nobody signed in (Elytron's caller principal
        // would be "anonymous" instead).
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            accountId = null;
            return;
        }
        if (accountId != null && principal.getName().equals(username)) {
            return;
        }
        Account account = accounts.byUsername(principal.getName())
                .orElseThrow(() -> new IllegalStateException("signed in without an account"));
        accountId = account.id();
        username = account.username();
        displayName = account.displayName();
        roles = EnumSet.copyOf(account.roles().isEmpty() ? EnumSet.of(Role.LEARNER) : account.roles());
    }

    public boolean isSignedIn() {
        resolve();
        return accountId != null;
    }

    public long getAccountId() {
        resolve();
        if (accountId == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return accountId;
    }

    public String getUsername() {
        resolve();
        return username;
    }

    public String getDisplayName() {
        resolve();
        return displayName;
    }

    public Set<Role> getRoles() {
        resolve();
        return EnumSet.copyOf(roles);
    }

    public boolean isLearner() {
        return getRoles().contains(Role.LEARNER);
    }

    public boolean isInstructor() {
        return getRoles().contains(Role.INSTRUCTOR);
    }

    public boolean isAdministrator() {
        return getRoles().contains(Role.ADMINISTRATOR);
    }
}
