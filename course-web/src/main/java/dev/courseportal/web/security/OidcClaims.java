package dev.courseportal.web.security;

import dev.courseportal.domain.account.entity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the claims of the tokens behind an elytron-oidc-client principal. Reflection, because the
 * Elytron OIDC classes are given to the deployment only when single sign-on is on, and the portal
 * must deploy without them.
 */
final class OidcClaims {

    private static final Logger LOG = Logger.getLogger(OidcClaims.class.getName());

    private final Object accessToken;
    private final Object idToken;

    private OidcClaims(Object accessToken, Object idToken) {
        this.accessToken = accessToken;
        this.idToken = idToken;
    }

    private static final String CONTEXT_ATTRIBUTE = "org.wildfly.security.http.oidc.OidcSecurityContext";

    /** The claims behind this request's caller, if an OpenID provider signed it in. */
    static Optional<OidcClaims> of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        Object securityContext = request.getAttribute(CONTEXT_ATTRIBUTE);
        if (securityContext == null && request.getSession(false) != null) {
            securityContext = request.getSession(false).getAttribute(CONTEXT_ATTRIBUTE);
        }
        try {
            if (securityContext == null && principal != null) {
                Method context = principal.getClass().getMethod("getOidcSecurityContext");
                securityContext = context.invoke(principal);
            }
            if (securityContext == null) {
                return Optional.empty();
            }
            Object access = securityContext.getClass().getMethod("getToken").invoke(securityContext);
            Object id = securityContext.getClass().getMethod("getIDToken").invoke(securityContext);
            return Optional.of(new OidcClaims(access, id));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read the OpenID tokens of " + principal, e);
            return Optional.empty();
        }
    }

    String text(String claim) {
        Object value = claim(idToken, claim);
        if (value == null) {
            value = claim(accessToken, claim);
        }
        return value == null ? null : String.valueOf(value);
    }

    /** The portal roles named by the values of {@code path} (dotted for nested claims); others are ignored. */
    Set<Role> roles(String path) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : values(path)) {
            for (Role role : Role.values()) {
                if (role.securityName().equals(SingleSignOn.lower(name.strip()))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private List<String> values(String path) {
        String[] parts = path.split("\\.");
        Object value = claim(accessToken, parts[0]);
        if (value == null) {
            value = claim(idToken, parts[0]);
        }
        for (int i = 1; i < parts.length && value != null; i++) {
            value = value instanceof Map<?, ?> map ? map.get(parts[i]) : null;
        }
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            for (String one : String.valueOf(value).split("[,\\s]+")) {
                if (!one.isBlank()) {
                    out.add(one);
                }
            }
        }
        return out;
    }

    private static Object claim(Object token, String name) {
        if (token == null) {
            return null;
        }
        try {
            return token.getClass().getMethod("getClaimValue", String.class).invoke(token, name);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
