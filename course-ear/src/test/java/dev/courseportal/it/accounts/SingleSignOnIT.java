package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.courseportal.it.Portal;
import dev.courseportal.it.PortalDeployment;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Single sign-on against a real OpenID Connect provider started by the test (mock-oauth2-server).
 * An operator sets PORTAL_SIGN_IN=OIDC and PORTAL_OIDC_ISSUER; the test server is already running,
 * so the test sets the system properties those settings fall back to ({@code portal.sign-in},
 * {@code portal.oidc.issuer}) through the management API, deploys the portal, signs people in at
 * the provider with the roles their tokens carry, and removes the properties afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

    private static final String DEPLOYMENT = "sso";
    private static final ModelNode SIGN_IN_PROPERTY = address("system-property", "portal.sign-in");
    private static final ModelNode ISSUER_PROPERTY = address("system-property", "portal.oidc.issuer");

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    ManagementClient management;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        // The EAR exactly as built: the fixtures module's mechanism would make Jakarta Security stay on.
        return PortalDeployment.asBuilt();
    }

    @Test
    @RunAsClient
    void theCompanysProviderSignsPeopleInWithItsRoles() throws IOException {
        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("localhost"), freePort());
        String issuer = provider.issuerUrl("portal").toString().replaceAll("/$", "");
        String run = UUID.randomUUID().toString().substring(0, 6);
        try {
            execute(operation("add", SIGN_IN_PROPERTY, "value", "OIDC"));
            execute(operation("add", ISSUER_PROPERTY, "value", issuer));
            deployer.deploy(DEPLOYMENT);

            try (Browser browser = new Browser()) {
                String teacher = "sso-teacher-" + run;
                provider.enqueueCallback(token(teacher, "Иван Единый", List.of("instructor", "learner")));
                Page page = browser.anonymous();
                Response response = page.navigate(Portal.resolve("instructor/cohorts.xhtml").toString());
                assertEquals(200, response.status(), () -> page.url() + " " + page.locator("body").innerText());
                assertTrue(page.url().startsWith(Portal.baseUri().toString()), "back at the portal: " + page.url());
                assertEquals("Группы", page.locator("h1").innerText().strip());
                assertEquals(0, page.locator(".message-error").count(), "the portal's own check of the instructor "
                        + "role (on the account created from the token) let the list through: " + page.locator("body").innerText());

                String learner = "sso-learner-" + run;
                provider.enqueueCallback(token(learner, "Пётр Слушатель", List.of("learner")));
                Page other = browser.anonymous();
                other.navigate(Portal.resolve("cohorts/mine.xhtml").toString());
                assertEquals("Мои группы", other.locator("h1").innerText().strip(), other.locator("body").innerText());
                assertEquals("Пётр Слушатель", other.locator(".signed-in-as").innerText().strip(),
                        "the account's name came from the token");
                assertEquals(403, other.navigate(Portal.resolve("instructor/cohorts.xhtml").toString()).status(),
                        "a learner's token does not open the instructor screens");
                assertFalse(other.locator("body").innerText().contains("Exception"));
            }
        } finally {
            try {
                deployer.undeploy(DEPLOYMENT);
            } finally {
                execute(operation("remove", SIGN_IN_PROPERTY));
                execute(operation("remove", ISSUER_PROPERTY));
                provider.shutdown();
            }
        }
    }

    private static DefaultOAuth2TokenCallback token(String username, String name, List<String> roles) {
        // "typ": "Bearer" as Keycloak writes it; elytron-oidc-client checks it in access tokens.
        return new DefaultOAuth2TokenCallback("portal", username, "JWT", null,
                Map.of("preferred_username", username, "name", name, "roles", roles, "typ", "Bearer"), 3600);
    }

    private ModelNode execute(ModelNode operation) throws IOException {
        ModelNode result = management.getControllerClient().execute(operation);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(operation + " failed: " + result);
        }
        return result.get("result");
    }

    private static ModelNode operation(String name, ModelNode address, String... params) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").set(address);
        for (int i = 0; i + 1 < params.length; i += 2) {
            op.get(params[i]).set(params[i + 1]);
        }
        return op;
    }

    private static ModelNode address(String... pairs) {
        ModelNode address = new ModelNode().setEmptyList();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            address.add(pairs[i], pairs[i + 1]);
        }
        return address;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
