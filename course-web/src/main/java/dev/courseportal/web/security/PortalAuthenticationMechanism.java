package dev.courseportal.web.security;

import dev.courseportal.domain.account.boundary.SignInService;
import dev.courseportal.domain.account.entity.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * How a person or a program proves who they are. People sign in on the portal's form (the page
 * calls {@code SecurityContext.authenticate}); the session then carries the identity, and its id
 * is changed at that moment so that an id planted before sign-in is worth nothing. Programs (a
 * company LMS) call {@code /api/*} with HTTP Basic and get 401, never the HTML form, when they
 * fail. Both go through the same accounts, password hashes and lockout.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: when this session signed in, compared with an account's "sessions valid after". */
    public static final String SIGNED_IN_AT = "portal.signedInAt";
    /** Session attribute: the page a person asked for before being sent to sign in. */
    static final String RETURN_TO = "portal.returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                startSession(request);
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (isApi(request)) {
            return api(request, response, context);
        }
        if (context.isProtected()) {
            // Not @LoginToContinue: its interceptor sends every unauthenticated request to the form
            // before the mechanism runs, API calls with Basic credentials included.
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO, request.getRequestURI()
                        .substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    /** The page to show after sign-in: the one asked for, if it was a page of the portal, else the start page. */
    static String returnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(RETURN_TO);
        if (session != null) {
            session.removeAttribute(RETURN_TO);
        }
        String path = saved instanceof String s ? s : "/";
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return unauthorized(response, context);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                SignInService.Result result = signIn.signIn(decoded.substring(0, colon),
                        decoded.substring(colon + 1).toCharArray(), "api");
                if (result.signedIn()) {
                    return context.notifyContainerAboutLogin(result.account().username(), result.account().roles()
                            .stream().map(Role::securityName).collect(Collectors.toSet()));
                }
            }
            return unauthorized(response, context);
        }
        return context.isProtected() ? unauthorized(response, context) : context.doNothing();
    }

    /** 401 with a JSON body like every other API answer, not the container's HTML error page. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"course-portal\", charset=\"UTF-8\"");
        response.setContentType("application/json;charset=UTF-8");
        try {
            response.getWriter().write("{\"error\":\"unauthorized\"}");
            // Committed, so that the container does not replace the body with its HTML error page.
            response.flushBuffer();
        } catch (java.io.IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A fresh session id at sign-in (no fixation), and the moment it signed in. */
    static void startSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SIGNED_IN_AT, Instant.now());
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }
}
