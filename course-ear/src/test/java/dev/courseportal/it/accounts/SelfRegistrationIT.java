package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.courseportal.it.PageErrors;
import dev.courseportal.it.Portal;
import dev.courseportal.it.SignInPage;
import java.io.IOException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Self-registration in Chromium. Off by default: no link, the page says it is closed, and neither
 * a forged form post nor a direct call of the service creates an account. Opened on the running
 * server as an operator would ({@code /system-property=portal.self-registration:add(value=true)}
 * through the management API; removed again afterwards), a person registers, signs in as a learner,
 * and the audit log says so; bad input is refused in the person's language and creates nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SelfRegistrationIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String GOOD_PASSWORD = "Long-Enough-Passphrase-42";
    private static Browser browser;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FixtureDeployment.asBuiltWithFixtures();
    }

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @RunAsClient
    void closedByDefaultNoLinkNoFormAndAForgedPostChangesNothing() throws IOException {
        closeRegistration();
        Page page = browser.anonymous();
        PageErrors errors = PageErrors.watch(page);
        SignInPage.open(page);
        assertEquals(0, page.locator("#register-link").count(), "no link while registration is closed");

        assertEquals(200, page.navigate(Portal.resolve("register.xhtml").toString()).status());
        assertTrue(page.locator("#closed").innerText().contains("регистрация закрыта"), page.locator("main").innerText());
        assertEquals(0, page.locator("input[type=password]").count(), "no form while registration is closed");

        // A post as the open page's form would send it, with the closed page's own view state and
        // CSP nonce (PrimeFaces puts it into the page's forms once loaded), so it is a valid postback.
        String forged = "forged-" + RUN;
        page.waitForFunction("() => document.querySelector(\"[id='prefs'] input[name='primefaces.nonce']\") !== null");
        String nonce = page.locator("[id='prefs'] input[name='primefaces.nonce']").getAttribute("value");
        String viewState = page.locator("input[name='jakarta.faces.ViewState']").first().inputValue();
        APIResponse response = page.request().post(Portal.resolve("register.xhtml").toString(), RequestOptions.create()
                .setMaxRedirects(0)
                .setForm(FormData.create()
                        .set("register", "register")
                        .set("register:username", forged)
                        .set("register:displayName", "Forged Person")
                        .set("register:email", "")
                        .set("register:password", GOOD_PASSWORD)
                        .set("register:repeat", GOOD_PASSWORD)
                        .set("register:submit", "register")
                        .set("primefaces.nonce", nonce)
                        .set("jakarta.faces.ViewState", viewState)));
        assertEquals(200, response.status(), () -> "the forged post answered " + response.status());
        assertTrue(response.text().contains("регистрация закрыта"), "the answer is the closed page again");
        assertEquals("none", Outside.fixture("whois", "username", forged), "the forged post created no account");

        assertEquals("refused closed", Outside.fixture("register", "username", forged, "name", "Forged Person",
                "email", "", "password", GOOD_PASSWORD), "the service itself refuses while closed");
        assertEquals("none", Outside.fixture("whois", "username", forged));
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
        page.context().close();
    }

    @Test
    @RunAsClient
    void openedAPersonRegistersSignsInAsALearnerAndTheAuditLogSaysSo() throws IOException {
        String username = "self-" + RUN;
        openRegistration();
        try {
            Page page = browser.anonymous();
            PageErrors errors = PageErrors.watch(page);
            SignInPage.open(page);
            page.locator("#register-link").click();
            page.waitForURL("**/register.xhtml");
            page.locator("#register\\:username").fill(username);
            page.locator("#register\\:displayName").fill("Анна Самостоятельная");
            page.locator("#register\\:email").fill(username + "@example.org");
            page.locator("#register\\:password").fill(GOOD_PASSWORD);
            page.locator("#register\\:repeat").fill(GOOD_PASSWORD);
            page.locator("#register\\:submit").click();
            page.waitForURL("**/login.xhtml?registered=true");
            assertTrue(page.locator("#registered").innerText().contains("Учётная запись создана"));

            new SignInPage(page).signIn(username, GOOD_PASSWORD);
            assertFalse(page.url().contains("login.xhtml"), () -> "the new account signs in: " + page.locator("body").innerText());
            assertEquals("Анна Самостоятельная", page.locator(".signed-in-as").innerText().strip());
            assertEquals("LOCAL [learner]", Outside.fixture("whois", "username", username), "a learner, nothing more");
            assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
            assertEquals(403, page.navigate(Portal.resolve("instructor/cohorts.xhtml").toString()).status());
            page.context().close();
        } finally {
            closeRegistration();
        }
        assertEquals(1, auditEntries("SELF_REGISTERED", username), "the audit log records the registration");
    }

    @Test
    @RunAsClient
    void badInputIsRefusedInThePersonsLanguageAndCreatesNothing() throws IOException {
        String taken = "taken-" + RUN;
        Outside.account(taken, "LEARNER");
        String fresh = "fresh-" + RUN;
        openRegistration();
        try {
            Page page = browser.anonymous();
            page.navigate(Portal.resolve("register.xhtml").toString());

            submit(page, fresh, "short-pw-1", "short-pw-1");
            assertTrue(page.locator(".form-errors").innerText().contains("не меньше 12"), page.locator("main").innerText());
            submit(page, fresh, "xx-" + fresh + "-2026", "xx-" + fresh + "-2026");
            assertTrue(page.locator(".form-errors").innerText().contains("не должен совпадать с логином"),
                    page.locator("main").innerText());
            submit(page, fresh, GOOD_PASSWORD, GOOD_PASSWORD + "-typo");
            assertTrue(page.locator(".form-errors").innerText().contains("Пароли не совпадают"), page.locator("main").innerText());
            submit(page, taken.toUpperCase(), GOOD_PASSWORD, GOOD_PASSWORD);
            assertTrue(page.locator(".form-errors").innerText().contains("Логин " + taken + " уже занят"),
                    page.locator("main").innerText());
            assertEquals("none", Outside.fixture("whois", "username", fresh), "no refused attempt created the account");

            page.locator("#prefs\\:lang").click();
            page.waitForLoadState();
            submit(page, fresh, "short-pw-1", "short-pw-1");
            assertTrue(page.locator(".form-errors").innerText().contains("at least 12 characters"),
                    () -> "the policy in English once English is chosen: " + page.locator("main").innerText());
            page.context().close();
        } finally {
            closeRegistration();
        }
        assertEquals("none", Outside.fixture("whois", "username", fresh));
        assertEquals(0, auditEntries("SELF_REGISTERED", fresh));
        assertEquals(0, auditEntries("SELF_REGISTERED", taken), "the taken account was not registered again");
    }

    private static void submit(Page page, String username, String password, String repeat) {
        page.locator("#register\\:username").fill(username);
        page.locator("#register\\:displayName").fill("Person " + username);
        page.locator("#register\\:password").fill(password);
        page.locator("#register\\:repeat").fill(repeat);
        page.locator("#register\\:submit").click();
        page.waitForLoadState();
    }

    /** How many audit entries of {@code action} name {@code username}, as an administrator sees on the audit page. */
    private static int auditEntries(String action, String username) {
        Page admin = browser.signedIn("admin", Portal.demoPassword());
        admin.navigate(Portal.resolve("admin/audit.xhtml").toString());
        admin.locator("#filter\\:action").selectOption(action);
        admin.locator("#filter\\:text").fill(username);
        admin.locator("#filter\\:apply").click();
        admin.waitForLoadState();
        int count = admin.locator(".audit-action[data-action=" + action + "]").count();
        admin.context().close();
        return count;
    }

    private void openRegistration() throws IOException {
        closeRegistration();
        ModelNode add = operation("add");
        add.get("value").set("true");
        ModelNode result = management.getControllerClient().execute(add);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException("cannot open registration: " + result);
        }
    }

    /** Removes the property if it is there; the portal then falls back to the (unset) environment variable. */
    private void closeRegistration() throws IOException {
        ModelNode read = operation("read-resource");
        if ("success".equals(management.getControllerClient().execute(read).get("outcome").asString())) {
            ModelNode result = management.getControllerClient().execute(operation("remove"));
            if (!"success".equals(result.get("outcome").asString())) {
                throw new IllegalStateException("cannot close registration: " + result);
            }
        }
    }

    private static ModelNode operation(String name) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").setEmptyList().add("system-property", "portal.self-registration");
        return op;
    }
}
