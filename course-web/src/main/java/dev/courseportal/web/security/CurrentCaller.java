package dev.courseportal.web.security;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The {@link Caller} of this request, as the services want it: the signed-in account with the
 * roles it holds now (not the roles of the moment it signed in), or nobody.
 */
@Named
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    @EJB
    AccountService accounts;

    private Caller caller;

    public Optional<Caller> find() {
        if (caller == null) {
            Object known = request.getAttribute(SignedInAccountFilter.CALLER);
            if (known instanceof Caller c) {
                caller = c;
            } else {
                Principal principal = request.getUserPrincipal();
                caller = principal == null ? null
                        : accounts.callerFor(principal.getName(), SignedInAccountFilter.signedInAt(request.getSession(false)))
                        .orElse(null);
            }
        }
        return Optional.ofNullable(caller);
    }

    /** The caller; refused when nobody (or a deactivated account) is signed in. */
    public Caller get() {
        return find().orElseThrow(() -> new AccessDeniedException("nobody is signed in"));
    }

    public boolean is(String role) {
        return find().map(c -> c.has(Role.valueOf(role))).orElse(false);
    }
}
