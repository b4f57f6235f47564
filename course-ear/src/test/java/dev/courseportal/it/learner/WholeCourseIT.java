package dev.courseportal.it.learner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.courseportal.it.Browsers;
import dev.courseportal.it.PageErrors;
import dev.courseportal.it.Portal;
import dev.courseportal.it.PortalDeployment;
import dev.courseportal.it.SignInPage;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every lesson of the course, opened in the browser as a learner reads it: the page renders, no
 * script fails, every Mermaid diagram becomes a picture and every code block is highlighted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WholeCourseIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void everyLessonRendersWithItsDiagramsAndCode() {
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            BrowserContext context = browser.newContext();
            Page page = context.newPage();
            SignInPage.open(page).signIn("learner", Portal.demoPassword());
            page.navigate(Portal.baseUri().toString());
            List<String> lessons = page.locator(".lesson-list a").all().stream().map(a -> a.getAttribute("href")).toList();
            assertTrue(lessons.size() >= 44, "the roadmap lists the whole course: " + lessons.size());

            PageErrors errors = PageErrors.watch(page);
            List<String> problems = new ArrayList<>();
            for (String lesson : lessons) {
                page.navigate(Portal.baseUri().resolve(lesson).toString());
                int diagrams = page.locator("pre.mermaid").count();
                if (diagrams > 0) {
                    page.waitForFunction("n => document.querySelectorAll('pre.mermaid svg').length >= n "
                            + "|| document.querySelectorAll('pre.mermaid[data-processed]').length >= n", diagrams);
                }
                int rendered = page.locator("pre.mermaid svg[aria-roledescription]").count();
                int broken = page.locator("pre.mermaid svg[aria-roledescription=error]").count();
                if (rendered != diagrams || broken > 0) {
                    problems.add(lesson + ": " + rendered + " of " + diagrams + " diagrams rendered, " + broken + " broken");
                }
                int code = page.locator("pre.code-block code").count();
                int highlighted = page.locator("pre.code-block code.hljs").count();
                if (code != highlighted) {
                    problems.add(lesson + ": " + highlighted + " of " + code + " code blocks highlighted");
                }
                List<String> scriptErrors = errors.drain();
                if (!scriptErrors.isEmpty()) {
                    problems.add(lesson + ": " + scriptErrors);
                }
            }
            assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        }
    }
}
