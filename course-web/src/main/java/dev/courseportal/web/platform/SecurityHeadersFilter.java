package dev.courseportal.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers that depend on the request: a Content-Security-Policy on every response and
 * HSTS over HTTPS. Faces pages get their policy from PrimeFaces ({@code primefaces.CSP}, web.xml),
 * because only PrimeFaces knows the request's script nonce; every other response (scripts, styles,
 * WebJars, servlets, REST) gets {@link #FALLBACK_POLICY}, which PrimeFaces' header replaces rather
 * than joins (two policies would both be enforced and the stricter one would block the nonce'd
 * scripts). The static headers (nosniff, Referrer-Policy, X-Frame-Options), the Secure flag of
 * cookies over HTTPS and a fallback policy for answers that never reach the application (the
 * sign-in redirect, the server's own errors) are set by the server itself (configure-server.cli).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    /** Nothing may run, load or frame: a JSON answer or a script file needs none of it. */
    static final String FALLBACK_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    static final String HSTS = "Strict-Transport-Security";
    /** One year, as browsers' preload lists expect; sub-domains stay out: the intranet is not ours alone. */
    static final String HSTS_VALUE = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, FALLBACK_POLICY);
        // isSecure() is also true behind a TLS-terminating proxy when PORTAL_PROXY_ADDRESS_FORWARDING
        // lets the server trust X-Forwarded-Proto, and only then: an unproxied client cannot claim it.
        if (request.isSecure()) {
            response.setHeader(HSTS, HSTS_VALUE);
        }
        chain.doFilter(request, new OwnPolicyWins(response));
    }

    /** Lets a policy set by the page (PrimeFaces adds one with its nonce) replace the fallback. */
    static final class OwnPolicyWins extends HttpServletResponseWrapper {

        OwnPolicyWins(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
