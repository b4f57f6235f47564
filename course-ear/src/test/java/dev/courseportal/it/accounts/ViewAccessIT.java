package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.courseportal.it.Portal;
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
 * Every staff page and export, with every view parameter pointed at something the signed-in
 * account must not reach: another instructor's cohort, a learner of another cohort, admin pages
 * for non-administrators. Each answers 403 with a message in Russian, and leaks nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ViewAccessIT {

    private static final String PW = Fixtures.PASSWORD;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String TEACHER = "view-teacher-" + RUN;
    private static final String STRANGER = "view-stranger-" + RUN;
    private static final String PUPIL = "view-pupil-" + RUN;
    private static final String OTHER_PUPIL = "view-other-" + RUN;
    private static final String COHORT_NAME = "Secret cohort " + RUN;
    private static long cohort;
    private static long strangersCohort;
    private static long pupil;
    private static long otherPupil;
    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FixtureDeployment.asBuiltWithFixtures();
    }

    @BeforeAll
    static void data() {
        Outside.account(TEACHER, "INSTRUCTOR");
        Outside.account(STRANGER, "INSTRUCTOR");
        pupil = Outside.account(PUPIL, "LEARNER");
        otherPupil = Outside.account(OTHER_PUPIL, "LEARNER");
        cohort = Long.parseLong(Outside.fixture("cohort", "instructor", TEACHER, "name", COHORT_NAME));
        strangersCohort = Long.parseLong(Outside.fixture("cohort", "instructor", STRANGER, "name", "Other cohort " + RUN));
        Outside.fixture("enroll", "cohort", String.valueOf(cohort), "username", PUPIL);
        Outside.fixture("enroll", "cohort", String.valueOf(strangersCohort), "username", OTHER_PUPIL);
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static List<String> cohortPages(long id, long learner) {
        return List.of("instructor/cohort.xhtml?id=" + id, "instructor/dashboard.xhtml?id=" + id,
                "instructor/learner.xhtml?cohort=" + id + "&learner=" + learner,
                "instructor/matrix-export?cohort=" + id + "&format=csv",
                "instructor/matrix-export?cohort=" + id + "&format=xlsx");
    }

    private static void assertRefused(Page page, String path) {
        Response response = page.navigate(Portal.resolve(path).toString());
        assertEquals(403, response.status(), path);
        String text = page.locator("body").innerText();
        assertFalse(text.contains(COHORT_NAME), () -> path + " must not show the cohort: " + text);
        assertFalse(text.contains(PUPIL), () -> path + " must not show the learner: " + text);
        assertFalse(text.contains("Exception") || text.contains(".java:"), () -> path + " shows a stack trace: " + text);
    }

    @Test
    @RunAsClient
    void anotherInstructorIsRefusedEveryPageOfTheCohort() {
        Page page = browser.signedIn(STRANGER, PW);
        for (String path : cohortPages(cohort, pupil)) {
            assertRefused(page, path);
        }
        Response denied = page.navigate(Portal.resolve("instructor/dashboard.xhtml?id=" + cohort).toString());
        assertEquals(403, denied.status());
        assertTrue(page.locator(".message-error").innerText().contains("Нет доступа"), "the refusal is said in Russian");
        page.context().close();
    }

    @Test
    @RunAsClient
    void anInstructorCannotReachALearnerThroughTheirOwnCohort() {
        Page page = browser.signedIn(STRANGER, PW);
        assertEquals(200, page.navigate(Portal.resolve("instructor/dashboard.xhtml?id=" + strangersCohort).toString()).status());
        assertRefused(page, "instructor/learner.xhtml?cohort=" + strangersCohort + "&learner=" + pupil);
        assertEquals(200, page.navigate(Portal.resolve("instructor/learner.xhtml?cohort=" + strangersCohort
                + "&learner=" + otherPupil).toString()).status(), "their own learner is shown");
        page.context().close();
    }

    @Test
    @RunAsClient
    void theCohortsInstructorAndAnAdministratorGetThePages() {
        Page teacher = browser.signedIn(TEACHER, PW);
        Page admin = browser.signedIn("admin", Portal.demoPassword());
        for (Page page : List.of(teacher, admin)) {
            for (String path : List.of("instructor/cohort.xhtml?id=" + cohort, "instructor/dashboard.xhtml?id=" + cohort,
                    "instructor/learner.xhtml?cohort=" + cohort + "&learner=" + pupil)) {
                Response response = page.navigate(Portal.resolve(path).toString());
                assertEquals(200, response.status(), path);
            }
            assertTrue(page.locator("#learner-name").innerText().contains(PUPIL));
            page.context().close();
        }
    }

    @Test
    @RunAsClient
    void aLearnerGetsNoStaffPage() {
        Page page = browser.signedIn(PUPIL, PW);
        for (String path : List.of("admin/accounts.xhtml", "admin/account.xhtml?id=" + pupil, "admin/audit.xhtml",
                "admin/audit-export", "instructor/cohorts.xhtml")) {
            assertRefused(page, path);
        }
        for (String path : cohortPages(cohort, pupil)) {
            assertRefused(page, path);
        }
        page.context().close();
    }

    @Test
    @RunAsClient
    void anInstructorGetsNoAdministrationPage() {
        Page page = browser.signedIn(TEACHER, PW);
        for (String path : List.of("admin/accounts.xhtml", "admin/account.xhtml?id=" + pupil, "admin/audit.xhtml",
                "admin/audit-export?actor=admin")) {
            assertRefused(page, path);
        }
        page.context().close();
    }

    @Test
    @RunAsClient
    void malformedViewParametersGetAMessageNotAnErrorPage() {
        Page page = browser.signedIn(TEACHER, PW);
        for (String path : List.of("instructor/dashboard.xhtml?id=abc", "instructor/cohort.xhtml",
                "instructor/learner.xhtml?cohort=" + cohort + "&learner=x", "instructor/dashboard.xhtml?id=" + cohort
                        + "&days=-5x")) {
            page.navigate(Portal.resolve(path).toString());
            String text = page.locator("body").innerText();
            assertFalse(text.contains("Exception") || text.contains(".java:"), () -> path + ": " + text);
            assertTrue(page.locator(".message-error").count() > 0, () -> path + " explains itself: " + text);
        }
        assertEquals(400, page.navigate(Portal.resolve("instructor/matrix-export?cohort=" + cohort + "&format=pdf")
                .toString()).status());
        page.context().close();
    }
}
