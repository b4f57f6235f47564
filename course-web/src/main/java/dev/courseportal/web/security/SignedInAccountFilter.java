package dev.courseportal.web.security;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Role;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Checks on every signed-in request that the account may still act: an administrator may have
 * deactivated it or reset its password since this session signed in, on this node or another.
 * Such a session ends here. With single sign-on it also creates or updates the account of someone
 * the provider signed in, on the first request of their session. Leaves the {@link Caller} in the
 * request for {@link CurrentCaller}.
 */
@WebFilter(filterName = "signedInAccount", urlPatterns = "/*")
public class SignedInAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CALLER = "portal.caller";
    static final String SSO_SYNCED = "portal.sso.synced";

    @EJB
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null || isAsset(request)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (SingleSignOn.enabled() && session != null && session.getAttribute(SSO_SYNCED) == null) {
            try {
                syncFromProvider(request, principal);
                session.setAttribute(SSO_SYNCED, Boolean.TRUE);
            } catch (AccessDeniedException e) {
                end(request, response);
                return;
            }
        }
        Optional<Caller> caller = accounts.callerFor(principal.getName(), signedInAt(session));
        if (caller.isEmpty()) {
            end(request, response);
            return;
        }
        request.setAttribute(CALLER, caller.get());
        chain.doFilter(request, response);
    }

    private void syncFromProvider(HttpServletRequest request, Principal principal) {
        Optional<OidcClaims> claims = OidcClaims.of(request);
        Set<Role> roles = claims.map(c -> c.roles(SingleSignOn.rolesClaim())).orElse(Set.of());
        accounts.signedInWithSso(principal.getName(), claims.map(c -> c.text("name")).orElse(null),
                claims.map(c -> c.text("email")).orElse(null), roles);
    }

    /** When this session signed in; a session that never said so counts from its creation. */
    static Instant signedInAt(HttpSession session) {
        if (session == null) {
            return null;
        }
        Object at = session.getAttribute(PortalAuthenticationMechanism.SIGNED_IN_AT);
        if (at instanceof Instant instant) {
            return instant;
        }
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        session.setAttribute(PortalAuthenticationMechanism.SIGNED_IN_AT, created);
        return created;
    }

    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (PortalAuthenticationMechanism.isApi(request)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
        }
    }

    private static boolean isAsset(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/webjars/");
    }
}
