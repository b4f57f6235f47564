package dev.courseportal.it.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.courseportal.it.Browsers;
import dev.courseportal.it.Portal;
import dev.courseportal.it.PortalDeployment;
import dev.courseportal.it.SignInPage;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The capstone in the browser: the readiness checklist keeps its ticks; a design submission is validated and kept. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CapstoneIT {

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
    void checklistTicksAreSavedPerLearner() {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        SignInPage.open(page).signIn("learner", Portal.demoPassword());
        page.navigate(Portal.resolve("lesson.xhtml?id=capstone-checklist").toString());
        Locator boxes = page.locator(".lesson-checklist input[type=checkbox]");
        assertTrue(boxes.count() >= 40, "the checklist lists its items: " + boxes.count());
        Locator first = boxes.nth(0);
        Locator second = boxes.nth(1);
        boolean firstBefore = first.isChecked();
        boolean secondBefore = second.isChecked();

        first.click();
        second.click();
        page.locator("[id='checklist:saveChecklist']").click();
        page.waitForLoadState();
        page.reload();

        assertEquals(!firstBefore, page.locator(".lesson-checklist input[type=checkbox]").nth(0).isChecked());
        assertEquals(!secondBefore, page.locator(".lesson-checklist input[type=checkbox]").nth(1).isChecked());

        BrowserContext otherContext = browser.newContext();
        Page other = otherContext.newPage();
        SignInPage.open(other).signIn("instructor", Portal.demoPassword());
        other.navigate(Portal.resolve("lesson.xhtml?id=capstone-checklist").toString());
        assertTrue(other.locator(".lesson-checklist input[type=checkbox]").count() >= 40);
        context.close();
        otherContext.close();
    }

    @Test
    void aDesignSubmissionIsValidatedAndKept() {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        SignInPage.open(page).signIn("learner", Portal.demoPassword());
        page.navigate(Portal.resolve("capstone.xhtml").toString());
        String title = "Pipeline " + UUID.randomUUID().toString().substring(0, 6);

        page.locator("[id='submit:title']").fill(title);
        page.locator("[id='submit:url']").fill("javascript:alert(1)");
        page.locator("[id='submit:summary']").fill("Outbox, Debezium, Kafka, Flink, BigQuery.");
        page.locator("[id='submit:send']").click();
        page.waitForLoadState();
        assertTrue(page.locator(".message-error").count() > 0, "a javascript: link is refused");
        assertTrue(!page.locator("main").innerText().contains(title + " —"), "nothing was saved");

        page.locator("[id='submit:url']").fill("https://wiki.example.com/cdc-design");
        page.locator("[id='submit:send']").click();
        page.waitForLoadState();
        assertTrue(page.locator(".capstone-history").textContent().contains(title), page.locator("main").innerText());
        context.close();
    }
}
