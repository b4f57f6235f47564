package dev.courseportal.web.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;

/**
 * Hands sign-in to the OpenID provider when single sign-on is on. WildFly lets a Jakarta Security
 * mechanism (registered through Jakarta Authentication) take every request of a deployment before
 * the deployment's own mechanisms; with the portal's mechanism removed from the bean archive there
 * is no such registration, and elytron-oidc-client's mechanism, configured for the deployment,
 * signs people in instead. So form sign-in and single sign-on are alternatives chosen at deploy
 * time, not offered side by side.
 */
public class SingleSignOnSwitch implements Extension {

    private static final Logger LOG = Logger.getLogger(SingleSignOnSwitch.class.getName());

    void formOrSingleSignOn(@Observes ProcessAnnotatedType<PortalAuthenticationMechanism> type) {
        if (SingleSignOn.enabled()) {
            type.veto();
            LOG.info("Single sign-on is on: people sign in with the OpenID provider, not the portal's form");
        }
    }
}
