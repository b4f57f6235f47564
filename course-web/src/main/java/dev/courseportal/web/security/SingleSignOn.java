package dev.courseportal.web.security;

import java.util.Locale;

/**
 * Whether the company's OpenID Connect provider signs people in, and how its tokens are read. Off
 * unless {@code PORTAL_SIGN_IN=OIDC} (or the system property {@code portal.sign-in}, which the tests
 * set through the management API): the same setting web.xml's login-config reads, so the two
 * always agree. The provider URL, client id and secret go to elytron-oidc-client through web.xml.
 */
public final class SingleSignOn {

    private SingleSignOn() {
    }

    public static boolean enabled() {
        return "OIDC".equals(setting("PORTAL_SIGN_IN", "portal.sign-in", "BASIC"));
    }

    /**
     * The claim whose values become the account's roles: {@code roles} by default, a dotted path
     * such as {@code realm_access.roles} for Keycloak's realm roles.
     */
    public static String rolesClaim() {
        return setting("PORTAL_OIDC_ROLES_CLAIM", "portal.oidc.roles-claim", "roles");
    }

    static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
