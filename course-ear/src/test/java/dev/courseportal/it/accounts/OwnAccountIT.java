package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dev.courseportal.it.PageErrors;
import dev.courseportal.it.Portal;
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

/**
 * What a signed-in person does with their own account, in Chromium: change their password from
 * the user menu (wrong current password, mismatch and policy refused in their language; the new
 * password works after signing out, the old one no longer does), and reach their cohorts from the
 * sidebar.
 */
@ExtendWith(ArquillianExtension.class)
class OwnAccountIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String NEW_PASSWORD = "Brand-New-Passphrase-2026";
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
    void aLearnerChangesTheirPasswordAndOnlyTheNewOneSignsInAfterwards() {
        String username = "own-pw-" + RUN;
        Outside.account(username, "LEARNER");
        Page page = browser.signedIn(username, Fixtures.PASSWORD);
        PageErrors errors = PageErrors.watch(page);
        page.locator("#own-password-link").click();
        page.waitForURL("**/account/password.xhtml");
        assertEquals("Смена пароля", page.locator("h1").innerText().strip());

        change(page, "not-my-password-1", NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(error(page).contains("Текущий пароль указан неверно"), error(page));
        change(page, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertTrue(error(page).contains("Новые пароли не совпадают"), error(page));
        change(page, Fixtures.PASSWORD, "short-pw-1", "short-pw-1");
        assertTrue(error(page).contains("не меньше 12"), error(page));
        change(page, Fixtures.PASSWORD, "my-" + username + "-2026", "my-" + username + "-2026");
        assertTrue(error(page).contains("не должен совпадать с логином"), error(page));

        page.locator("#prefs\\:lang").click();
        page.waitForLoadState();
        change(page, "not-my-password-1", NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(error(page).contains("The current password is wrong"), () -> "in English once chosen: " + error(page));
        page.locator("#prefs\\:lang").click();
        page.waitForLoadState();

        change(page, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertTrue(page.locator(".message-info").innerText().contains("Пароль изменён"), page.locator("main").innerText());
        assertEquals(0, page.locator("#password\\:current").count(), "the form is gone after the change");

        page.locator("#account\\:signOut").click();
        page.waitForURL("**/login.xhtml**");
        SignInPage signIn = new SignInPage(page);
        signIn.signIn(username, Fixtures.PASSWORD);
        assertTrue(page.url().contains("login.xhtml"), "the old password no longer signs in");
        assertFalse(signIn.errorText().isBlank());
        signIn.signIn(username, NEW_PASSWORD);
        assertFalse(page.url().contains("login.xhtml"), () -> "the new password signs in: " + page.locator("body").innerText());
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
        page.context().close();

        Page admin = browser.signedIn("admin", Portal.demoPassword());
        admin.navigate(Portal.resolve("admin/audit.xhtml").toString());
        admin.locator("#filter\\:actor").fill(username);
        admin.locator("#filter\\:action").selectOption("PASSWORD_CHANGED");
        admin.locator("#filter\\:apply").click();
        admin.waitForLoadState();
        assertEquals(1, admin.locator(".audit-action[data-action=PASSWORD_CHANGED]").count(),
                "one change, the refused attempts changed nothing");
        // The two wrong current passwords count as failed sign-ins (lockout), as does the old password.
        admin.locator("#filter\\:action").selectOption("SIGN_IN_FAILED");
        admin.locator("#filter\\:apply").click();
        admin.waitForLoadState();
        assertEquals(3, admin.locator(".audit-action[data-action=SIGN_IN_FAILED]").count(), admin.locator("main").innerText());
        assertTrue(admin.locator("main").innerText().contains("password change: wrong current password"),
                admin.locator("main").innerText());
        admin.context().close();
    }

    @Test
    @RunAsClient
    void learnersFindTheirCohortsInTheSidebarInstructorsWithoutCohortsOfTheirOwnDoNot() {
        String teacher = "own-teacher-" + RUN;
        String learner = "own-learner-" + RUN;
        Outside.account(teacher, "INSTRUCTOR");
        Outside.account(learner, "LEARNER");
        long cohort = Long.parseLong(Outside.fixture("cohort", "instructor", teacher, "name", "Своя группа " + RUN));
        Outside.fixture("enroll", "cohort", String.valueOf(cohort), "username", learner);

        Page page = browser.signedIn(learner, Fixtures.PASSWORD);
        PageErrors errors = PageErrors.watch(page);
        assertEquals("Мои группы", page.locator("#my-cohorts-link").innerText().strip());
        page.locator("#my-cohorts-link").click();
        page.waitForURL("**/cohorts/mine.xhtml");
        assertTrue(page.locator(".my-cohort h2").innerText().contains("Своя группа " + RUN));
        page.locator("#prefs\\:lang").click();
        page.waitForLoadState();
        assertEquals("My cohorts", page.locator("#my-cohorts-link").innerText().strip());
        assertEquals("Change password", page.locator("#own-password-link").innerText().strip());
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
        page.context().close();

        Page staff = browser.signedIn(teacher, Fixtures.PASSWORD);
        assertEquals(0, staff.locator("#my-cohorts-link").count(), "an instructor is in no cohort as a learner");
        assertEquals(1, staff.locator("#own-password-link").count(), "every signed-in account may change its password");
        staff.context().close();
    }

    private static void change(Page page, String current, String next, String repeat) {
        page.locator("#password\\:current").fill(current);
        page.locator("#password\\:next").fill(next);
        page.locator("#password\\:repeat").fill(repeat);
        page.locator("#password\\:change").click();
        page.waitForLoadState();
    }

    private static String error(Page page) {
        return page.locator(".message-error").count() == 0 ? page.locator("main").innerText()
                : page.locator(".message-error").innerText();
    }
}
