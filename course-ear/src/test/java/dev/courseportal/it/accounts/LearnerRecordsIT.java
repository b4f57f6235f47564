package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.courseportal.it.PageErrors;
import dev.courseportal.it.Portal;
import java.nio.charset.StandardCharsets;
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
 * What staff see of a learner's own activity, in Chromium: the instructor's drill-down shows the
 * learner's latest lab check of each step (and nothing to an instructor of another cohort), and a
 * progress import the learner made is in the audit log, while a refused file leaves no entry.
 */
@ExtendWith(ArquillianExtension.class)
class LearnerRecordsIT {

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

    @Test
    @RunAsClient
    void theDrillDownShowsTheLatestLabCheckOfEachStepToTheCohortsInstructorOnly() {
        String teacher = "rec-teacher-" + RUN;
        String stranger = "rec-stranger-" + RUN;
        String learner = "rec-learner-" + RUN;
        Outside.account(teacher, "INSTRUCTOR");
        Outside.account(stranger, "INSTRUCTOR");
        long learnerId = Outside.account(learner, "LEARNER");
        long cohort = Long.parseLong(Outside.fixture("cohort", "instructor", teacher, "name", "Стенды " + RUN));
        Outside.fixture("enroll", "cohort", String.valueOf(cohort), "username", learner);
        String drillDown = Portal.resolve("instructor/learner.xhtml?cohort=" + cohort + "&learner=" + learnerId).toString();

        Page page = browser.signedIn(teacher, Fixtures.PASSWORD);
        PageErrors errors = PageErrors.watch(page);
        assertEquals(200, page.navigate(drillDown).status());
        assertTrue(page.locator("#lab-checks-none").innerText().contains("ещё не запускал проверку стенда"),
                page.locator("main").innerText());
        assertEquals(0, page.locator("tr.lab-check-line").count());

        String[] step = Outside.fixture("labcheck", "username", learner, "passed", "false").split("\t");
        page.navigate(drillDown);
        Locator line = page.locator("tr.lab-check-line[data-step='" + step[1] + "']");
        assertEquals(1, line.count(), page.locator("main").innerText());
        assertEquals(step[0], line.getAttribute("data-lesson"));
        assertEquals("false", line.getAttribute("data-passed"));
        String text = line.innerText();
        assertTrue(text.contains(step[2]), () -> "the lesson's title: " + text);
        assertTrue(text.contains(step[3]) && text.contains("Шаг "), () -> "the step's number and title: " + text);
        assertTrue(text.contains("не пройдена") && text.contains("0 / 1") && text.contains("fixture-lab"), text);
        assertEquals(0, page.locator("#lab-checks-none").count(), "no empty-state message beside a result");

        Outside.fixture("labcheck", "username", learner, "passed", "true");
        page.navigate(drillDown);
        assertEquals(1, page.locator("tr.lab-check-line").count(), "one line per step: its latest check");
        assertEquals("true", line.getAttribute("data-passed"));
        assertTrue(line.innerText().contains("пройдена") && !line.innerText().contains("не пройдена"), line.innerText());
        assertTrue(line.innerText().contains("1 / 1"), line.innerText());
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
        page.context().close();

        Page other = browser.signedIn(stranger, Fixtures.PASSWORD);
        assertEquals(403, other.navigate(drillDown).status(), "another cohort's instructor is refused as before");
        String refused = other.locator("body").innerText();
        assertFalse(refused.contains(step[3]) || refused.contains("fixture-lab"), () -> "no lab result leaks: " + refused);
        assertEquals(0, other.locator("tr.lab-check-line").count());
        other.context().close();
    }

    @Test
    @RunAsClient
    void aProgressImportIsAuditedWithItsCountsAndARefusedFileIsNot() {
        String learner = "rec-importer-" + RUN;
        Outside.account(learner, "LEARNER");
        String lesson = Outside.lessons().get(1);
        String file = "{\"format\":\"course-portal-progress\",\"version\":1,\"account\":\"someone\","
                + "\"lessons\":[{\"lessonId\":\"" + lesson + "\",\"state\":\"DONE\",\"firstVisitAt\":\"2026-01-10T10:00:00Z\","
                + "\"lastVisitAt\":\"2026-01-10T11:00:00Z\",\"completedAt\":\"2026-01-10T11:00:00Z\"},"
                + "{\"lessonId\":\"no-such-lesson\",\"state\":\"DONE\",\"firstVisitAt\":\"2026-01-10T10:00:00Z\"}],"
                + "\"quizAttempts\":[]}";

        Page page = browser.signedIn(learner, Fixtures.PASSWORD);
        page.navigate(Portal.resolve("progress.xhtml").toString());
        upload(page, "progress.json", file);
        assertTrue(page.locator(".message-info").innerText().contains("применено 1"), page.locator("main").innerText());
        upload(page, "broken.json", "{\"format\":\"something-else\"}");
        assertTrue(page.locator(".message-error").count() > 0, () -> "the refused file: " + page.locator("main").innerText());
        page.context().close();

        Page admin = browser.signedIn("admin", Portal.demoPassword());
        admin.navigate(Portal.resolve("admin/audit.xhtml").toString());
        admin.locator("#filter\\:actor").fill(learner);
        admin.locator("#filter\\:action").selectOption("PROGRESS_IMPORTED");
        admin.locator("#filter\\:apply").click();
        admin.waitForLoadState();
        Locator entries = admin.locator(".audit-action[data-action=PROGRESS_IMPORTED]");
        assertEquals(1, entries.count(), () -> "one import, the refused file is not audited: " + admin.locator("#log").innerText());
        assertEquals("Импорт прогресса", entries.innerText().strip(), "the action's label in Russian");
        String log = admin.locator("#log").innerText();
        assertTrue(log.contains("entries 2: applied 1, unchanged 0, rejected 1"), log);
        admin.context().close();
    }

    private static void upload(Page page, String name, String content) {
        page.locator("[id='import:file']").setInputFiles(new FilePayload(name, "application/json",
                content.getBytes(StandardCharsets.UTF_8)));
        page.locator("[id='import:importButton']").click();
        page.waitForLoadState();
    }
}
