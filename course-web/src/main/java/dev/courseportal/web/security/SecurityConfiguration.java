package dev.courseportal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form sign-in through a Faces page; the page itself authenticates with {@code SecurityContext}. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false,
                errorPage = ""))
@DeclareRoles({"learner", "instructor", "administrator"})
@ApplicationScoped
public class SecurityConfiguration {
}
