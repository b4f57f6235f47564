package dev.courseportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The start page in a real browser: it loads, its links lead to lessons, no script fails. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StartPageIT {

    private static Playwright playwright;
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void startPageLeadsToALessonWithoutScriptErrors() {
        Page page = browser.newContext().newPage();
        PageErrors errors = PageErrors.watch(page);

        page.navigate(Portal.baseUri().toString());
        assertTrue(page.url().contains("login.xhtml"), "an anonymous visitor is sent to the sign-in page");
        new SignInPage(page).signIn("learner", Portal.demoPassword());

        assertTrue(page.locator("h1").first().textContent().contains("Карта курса"),
                () -> "after sign-in: " + page.url() + " " + page.locator("body").innerText());

        Locator firstLesson = page.locator(".lesson-list a").first();
        String lessonTitle = firstLesson.textContent().strip();
        firstLesson.click();
        page.waitForURL("**/lesson.xhtml?id=*");

        assertEquals(lessonTitle, page.locator("article.lesson h1").textContent().strip());
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());

        // The portal's own scripts and styles are addressed by their content: an upgrade changes the
        // address of whatever changed, so no browser runs a new page with an old cached script.
        @SuppressWarnings("unchecked")
        java.util.List<String> own = (java.util.List<String>) page.evaluate("() => [...document.querySelectorAll("
                + "'script[src], link[rel=stylesheet]')].map(e => e.src || e.href).filter(u => /[?&]ln=portal(&|$)/.test(u))");
        assertTrue(own.size() >= 3, () -> "portal.css, portal.js and lesson.js: " + own);
        for (String url : own) {
            java.util.regex.Matcher rev = java.util.regex.Pattern.compile("[?&]rev=([0-9a-f]{12})").matcher(url);
            assertTrue(rev.find(), () -> "no content version in " + url);
            com.microsoft.playwright.APIResponse body = page.request().get(url);
            assertEquals(200, body.status(), url);
            assertEquals(sha256(body.body()).substring(0, 12), rev.group(1), () -> url + " is addressed by its content");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhy() {
        Page page = browser.newContext().newPage();
        SignInPage signIn = SignInPage.open(page);
        signIn.signIn("no-such-account", "whatever-password-1");
        String unknown = signIn.errorText();
        signIn.signIn("instructor", "wrong-password-123");
        assertTrue(page.url().contains("login.xhtml"));
        assertEquals(unknown, signIn.errorText(), "the same message for an unknown account and a wrong password");
    }

    @Test
    void unknownLessonGetsAFriendlyNotFoundPage() {
        Page page = browser.newContext().newPage();
        SignInPage.open(page).signIn("learner", Portal.demoPassword());
        Response response = page.navigate(Portal.resolve("lesson.xhtml?id=no-such-lesson").toString());
        assertEquals(404, response.status());
        assertTrue(page.content().contains("Страница не найдена"), () -> page.url() + " " + page.locator("body").innerText());
        String text = page.locator("body").innerText();
        assertTrue(!text.contains("Exception") && !text.contains(".java:"), () -> "no stack trace in the page: " + text);
    }
}
