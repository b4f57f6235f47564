package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dev.courseportal.it.Portal;
import dev.courseportal.it.SignInPage;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in as an attacker would try it: a session id planted before sign-in, a session kept after
 * sign-out, guessing passwords, an account deactivated while its session is open.
 */
@ExtendWith(ArquillianExtension.class)
class SignInSecurityIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static Browser browser;

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

    private static String sessionId(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse(null);
    }

    /** A new browser that carries only the given session cookie, as a thief who copied it would. */
    private static Page withStolenCookie(String value) {
        Page thief = browser.anonymous();
        thief.context().addCookies(List.of(new Cookie("JSESSIONID", value).setDomain("localhost").setPath("/")));
        return thief;
    }

    @Test
    @RunAsClient
    void theSessionIdChangesAtSignInAndThePlantedOneIsWorthNothing() {
        String username = "rotate-" + RUN;
        Outside.account(username, "LEARNER");
        Page page = browser.anonymous();
        SignInPage signIn = SignInPage.open(page);
        String before = sessionId(page.context());
        assertNotNull(before, "the sign-in page starts a session");

        signIn.signIn(username, Fixtures.PASSWORD);
        String after = sessionId(page.context());
        assertNotEquals(before, after, "sign-in gives the session a new id");

        Page attacker = withStolenCookie(before);
        attacker.navigate(Portal.resolve("cohorts/mine.xhtml").toString());
        assertTrue(attacker.url().contains("login.xhtml"), "the id known before sign-in does not open the session");
        page.context().close();
        attacker.context().close();
    }

    @Test
    @RunAsClient
    void signOutEndsTheSessionOnTheServer() {
        String username = "leave-" + RUN;
        Outside.account(username, "LEARNER");
        Page page = browser.signedIn(username, Fixtures.PASSWORD);
        String session = sessionId(page.context());
        page.locator("#account\\:signOut").click();
        page.waitForURL("**/login.xhtml**");

        Page replay = withStolenCookie(session);
        replay.navigate(Portal.resolve("cohorts/mine.xhtml").toString());
        assertTrue(replay.url().contains("login.xhtml"), "the signed-out session cannot be reused");
        page.context().close();
        replay.context().close();
    }

    @Test
    @RunAsClient
    void fiveWrongPasswordsLockTheAccountAndTheAuditLogSaysSo() {
        String username = "guess-" + RUN;
        Outside.account(username, "LEARNER");
        Page page = browser.anonymous();
        SignInPage signIn = SignInPage.open(page);
        for (int i = 0; i < 5; i++) {
            signIn.signIn(username, "not-the-password-" + i);
        }
        signIn.signIn(username, Fixtures.PASSWORD);
        assertTrue(page.url().contains("login.xhtml"), "the right password is refused while the account is locked");
        String message = signIn.errorText();
        signIn.signIn("no-such-user-" + RUN, "whatever-password");
        assertEquals(message, signIn.errorText(), "a locked account is refused in the same words as an unknown one");

        Page admin = browser.signedIn("admin", Portal.demoPassword());
        admin.navigate(Portal.resolve("admin/audit.xhtml").toString());
        admin.locator("#filter\\:actor").fill(username);
        admin.locator("#filter\\:apply").click();
        admin.waitForLoadState();
        assertTrue(admin.locator(".audit-action[data-action=ACCOUNT_LOCKED]").count() == 1,
                () -> admin.locator("#log").innerText());
        assertEquals(6, admin.locator(".audit-action[data-action=SIGN_IN_FAILED]").count());
        page.context().close();
        admin.context().close();
    }

    @Test
    @RunAsClient
    void deactivatingAnAccountEndsItsOpenSession() {
        String username = "fired-" + RUN;
        long id = Outside.account(username, "LEARNER");
        Page learner = browser.signedIn(username, Fixtures.PASSWORD);
        assertEquals(200, learner.navigate(Portal.resolve("cohorts/mine.xhtml").toString()).status());

        Page admin = browser.signedIn("admin", Portal.demoPassword());
        admin.navigate(Portal.resolve("admin/account.xhtml?id=" + id).toString());
        admin.locator("#state\\:deactivate").click();
        admin.waitForLoadState();
        assertTrue(admin.locator(".message-info").innerText().contains("отключена"), admin.locator("body").innerText());

        learner.navigate(Portal.resolve("cohorts/mine.xhtml").toString());
        assertTrue(learner.url().contains("login.xhtml"), "the deactivated learner's session ended at once");
        SignInPage.open(learner).signIn(username, Fixtures.PASSWORD);
        assertTrue(learner.url().contains("login.xhtml"), "and they cannot sign in again");

        admin.locator("#state\\:reactivate").click();
        admin.waitForLoadState();
        SignInPage.open(learner).signIn(username, Fixtures.PASSWORD);
        assertTrue(!learner.url().contains("login.xhtml"), "reactivated, they sign in again");
        learner.context().close();
        admin.context().close();
    }
}
