package dev.courseportal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Sign-in itself is {@link PortalAuthenticationMechanism} (form, and HTTP Basic
 * for the REST API), or the company's OpenID provider when {@link SingleSignOn} is switched on.
 */
@DeclareRoles({"learner", "instructor", "administrator"})
@ApplicationScoped
public class SecurityConfiguration {
}
