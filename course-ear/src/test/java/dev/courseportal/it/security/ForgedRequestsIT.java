package dev.courseportal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.courseportal.it.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery: a Faces form post counts only with the view state the server gave
 * this very session (a forged one, none, or another person's changes nothing and ends on the
 * friendly "page expired" page), and the lesson page's position call counts only with the header
 * a cross-site page cannot send without a CORS preflight the portal never grants.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgedRequestsIT {

    private static final String EXPIRED = "Страница устарела";
    private static final String TOGGLE = "done-form:toggle-done";
    private static Probe probe;
    private static String lesson;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SecurityDeployment.withFixtures();
    }

    @BeforeAll
    static void launch() {
        probe = new Probe();
        Probe.fixture("account", "username", "sec-forger", "name", "Forger", "role", "LEARNER");
        Probe.fixture("account", "username", "sec-victim", "name", "Victim", "role", "LEARNER");
    }

    @AfterAll
    static void close() {
        if (probe != null) {
            probe.close();
        }
    }

    /** The lesson page as the context sees it: the done button's label and the page's view state. */
    private record Form(String toggle, String viewState, String nonce) {
    }

    private static Form lessonForm(BrowserContext context) {
        Page page = context.newPage();
        page.navigate(Portal.resolve(lesson == null ? "index.xhtml" : "lesson.xhtml?id=" + lesson).toString());
        if (lesson == null) {
            String href = page.locator("a.tree-lesson").first().getAttribute("href");
            lesson = href.substring(href.indexOf("id=") + 3);
            page.navigate(Portal.resolve("lesson.xhtml?id=" + lesson).toString());
        }
        // PrimeFaces' CSP script puts the page's nonce into the form once the page has loaded.
        page.waitForFunction("() => document.querySelector(\"[id='done-form'] input[name='primefaces.nonce']\") !== null");
        Form form = new Form(page.locator("[id='" + TOGGLE + "']").getAttribute("value"),
                page.locator("[id='done-form'] input[name='jakarta.faces.ViewState']").getAttribute("value"),
                page.locator("[id='done-form'] input[name='primefaces.nonce']").getAttribute("value"));
        page.close();
        return form;
    }

    private static APIResponse post(BrowserContext context, String toggle, String viewState, String nonce) {
        FormData form = FormData.create().set("done-form", "done-form").set(TOGGLE, toggle);
        if (viewState != null) {
            form.set("jakarta.faces.ViewState", viewState);
        }
        if (nonce != null) {
            form.set("primefaces.nonce", nonce);
        }
        return context.request().post(Portal.resolve("lesson.xhtml?id=" + lesson).toString(),
                RequestOptions.create().setForm(form).setMaxRedirects(0));
    }

    @Test
    void onlyTheSessionsOwnViewStateChangesAnything() {
        BrowserContext victim = probe.signedIn("sec-victim", SecurityFixtures.PASSWORD);
        BrowserContext forger = probe.signedIn("sec-forger", SecurityFixtures.PASSWORD);
        Form before = lessonForm(victim);
        Form forgers = lessonForm(forger);

        APIResponse forged = post(victim, before.toggle(), "1234567890:-1234567890", before.nonce());
        assertTrue(forged.text().contains(EXPIRED), () -> "a forged view state ends on the expired page: " + forged.status());
        APIResponse stolen = post(victim, before.toggle(), forgers.viewState(), forgers.nonce());
        assertTrue(stolen.text().contains(EXPIRED), () -> "another session's view state is refused: " + stolen.status());
        post(victim, before.toggle(), null, before.nonce());
        // PrimeFaces' CSP support also binds every postback to the page's nonce: the view state alone is not enough.
        Form page = lessonForm(victim);
        assertTrue(post(victim, page.toggle(), page.viewState(), null).status() >= 400, "a postback without the nonce");
        assertTrue(post(victim, page.toggle(), page.viewState(), forgers.nonce()).status() >= 400, "with another page's nonce");
        assertEquals(before.toggle(), lessonForm(victim).toggle(), "nothing changed");

        // The same post with the page's own view state and nonce does change it: the refusals above were no accident.
        Form fresh = lessonForm(victim);
        post(victim, fresh.toggle(), fresh.viewState(), fresh.nonce());
        Form after = lessonForm(victim);
        assertNotEquals(before.toggle(), after.toggle(), "the genuine post toggles the lesson");
        post(victim, after.toggle(), after.viewState(), after.nonce());
        assertEquals(before.toggle(), lessonForm(victim).toggle(), "and toggles it back");
        victim.close();
        forger.close();
    }

    @Test
    void thePositionCallNeedsItsHeaderAndASession() {
        BrowserContext learner = probe.signedIn("sec-victim", SecurityFixtures.PASSWORD);
        lessonForm(learner);
        String url = Portal.resolve("progress/position").toString();
        FormData form = FormData.create().set("lesson", lesson).set("anchor", "forged");
        assertEquals(403, learner.request().post(url, RequestOptions.create().setForm(form)).status(), "no header");
        assertEquals(403, learner.request().post(url, RequestOptions.create().setForm(form).setHeader("X-Portal-Request", "0"))
                .status(), "a wrong header");
        assertEquals(204, learner.request().post(url, RequestOptions.create().setForm(form).setHeader("X-Portal-Request", "1"))
                .status(), "the lesson page's own call");
        BrowserContext anonymous = probe.anonymous();
        int status = anonymous.request().post(url, RequestOptions.create().setForm(form).setHeader("X-Portal-Request", "1")
                .setMaxRedirects(0)).status();
        assertTrue(status == 302 || status == 401, () -> "without a session: " + status);
        learner.close();
        anonymous.close();
    }
}
