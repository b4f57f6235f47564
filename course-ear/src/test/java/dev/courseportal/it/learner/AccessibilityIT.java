package dev.courseportal.it.learner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.courseportal.it.Browsers;
import dev.courseportal.it.Portal;
import dev.courseportal.it.PortalDeployment;
import dev.courseportal.it.SignInPage;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** axe-core, bundled in its Maven artifact and injected into the page, finds no serious or critical violation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static Playwright playwright;
    private static Browser browser;
    private static BrowserContext context;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        context = browser.newContext();
        SignInPage.open(context.newPage()).signIn("learner", Portal.demoPassword());
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

    @ParameterizedTest
    @ValueSource(strings = {"", "progress.xhtml", "search.xhtml?q=slot", "login.xhtml", "FIRST_LESSON", "DARK"})
    void pageHasNoSeriousOrCriticalViolations(String path) {
        Page page = context.newPage();
        if ("FIRST_LESSON".equals(path)) {
            page.navigate(Portal.baseUri().toString());
            page.navigate(Portal.baseUri().resolve(page.locator(".lesson-list a").first().getAttribute("href")).toString());
        } else if ("DARK".equals(path)) {
            page.navigate(Portal.baseUri().toString());
            page.locator("[id='prefs:theme']").click();
            page.waitForLoadState();
        } else {
            page.navigate(Portal.resolve(path).toString());
        }
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        if ("DARK".equals(path)) {
            page.locator("[id='prefs:theme']").click();
            page.waitForLoadState();
        }
        assertTrue(serious.isEmpty(), () -> page.url() + ": " + serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().stream()
                        .map(n -> String.join(" ", n.getTarget().toString())).limit(3).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n")));
        page.close();
    }
}
