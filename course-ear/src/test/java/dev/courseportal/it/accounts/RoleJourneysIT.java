package dev.courseportal.it.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.courseportal.it.PageErrors;
import dev.courseportal.it.Portal;
import dev.courseportal.it.SignInPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each role's journey through its screens in Chromium, in Russian, without a script error. */
@ExtendWith(ArquillianExtension.class)
class RoleJourneysIT {

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

    private static void click(Page page, String selector) {
        page.locator(selector).click();
        page.waitForLoadState();
    }

    @Test
    @RunAsClient
    void administratorCreatesAnAccountGrantsARoleAndResetsItsPassword() {
        Page page = browser.signedIn("admin", Portal.demoPassword());
        PageErrors errors = PageErrors.watch(page);
        page.navigate(Portal.resolve("admin/accounts.xhtml").toString());
        String username = "new-" + RUN;

        page.locator("#create\\:username").fill(username);
        page.locator("#create\\:displayName").fill("Новый Сотрудник");
        page.locator("#create\\:password").fill("short");
        click(page, "#create\\:createButton");
        assertTrue(page.locator(".message-error").innerText().contains("не меньше 12"), page.locator("body").innerText());

        page.locator("#create\\:username").fill(username);
        page.locator("#create\\:displayName").fill("Новый Сотрудник");
        page.locator("#create\\:email").fill(username + "@example.org");
        click(page, "#create\\:createButton");
        String generated = page.locator("#generated-password").innerText().strip();
        assertEquals(16, generated.length(), "a generated password is shown once");

        page.locator("#list\\:text").fill(username);
        click(page, "#list\\:filter");
        assertEquals(1, page.locator("#list\\:table a.account-link").count(), "the filter leaves the new account alone");
        page.locator("#list\\:table a.account-link", new Page.LocatorOptions().setHasText(username)).click();
        page.waitForURL("**/admin/account.xhtml?id=*");
        page.locator("#edit\\:roles input[value=INSTRUCTOR]").check();
        click(page, "#edit\\:save");
        assertTrue(page.locator(".message-info").innerText().contains("сохранены"));

        Page newcomer = browser.signedIn(username, generated);
        newcomer.navigate(Portal.resolve("instructor/cohorts.xhtml").toString());
        assertEquals("Группы", newcomer.locator("h1").innerText().strip(), "the new role opens the instructor screens");

        click(page, "#reset\\:resetButton");
        String reset = page.locator("#generated-password").innerText().strip();
        assertFalse(reset.equals(generated));
        newcomer.navigate(Portal.resolve("instructor/cohorts.xhtml").toString());
        assertTrue(newcomer.url().contains("login.xhtml"), "a password reset ends the account's sessions");

        page.navigate(Portal.resolve("admin/audit.xhtml").toString());
        page.locator("#filter\\:text").fill(username);
        click(page, "#filter\\:apply");
        for (String action : new String[] {"ACCOUNT_CREATED", "ROLES_CHANGED", "PASSWORD_RESET", "SIGN_IN"}) {
            assertTrue(page.locator(".audit-action[data-action=" + action + "]").count() > 0, action);
        }
        Download export = page.waitForDownload(() -> page.locator("#audit-export").click());
        String csv = read(export);
        assertTrue(csv.startsWith("\uFEFFКогда,Кто,Действие"), csv);
        assertTrue(csv.contains("PASSWORD_RESET"), csv);
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
        page.context().close();
        newcomer.context().close();
    }

    @Test
    @RunAsClient
    void instructorRunsACohortFromRosterToDashboardAndExports() throws IOException {
        String teacher = "journey-teacher-" + RUN;
        Outside.account(teacher, "INSTRUCTOR");
        String first = "journey-a-" + RUN;
        String second = "journey-b-" + RUN;
        String third = "journey-c-" + RUN;
        Outside.account(first, "LEARNER");
        Outside.account(second, "LEARNER");
        Outside.fixture("account", "username", third, "roles", "LEARNER", "name", "=HYPERLINK(\"http://evil\")");
        Outside.fixture("progress", "username", second, "lesson", Outside.lessons().get(0), "done", "true");

        Page page = browser.signedIn(teacher, Fixtures.PASSWORD);
        PageErrors errors = PageErrors.watch(page);
        page.navigate(Portal.resolve("instructor/cohorts.xhtml").toString());
        page.locator("#create\\:name").fill("Поток " + RUN);
        page.locator("#create\\:lab").fill("classroom-7");
        click(page, "#create\\:createButton");
        assertEquals("Поток " + RUN, page.locator("#cohort-name").innerText().strip());

        page.locator("#search\\:q").fill(first);
        click(page, "#search\\:find");
        click(page, ".candidate input[type=submit]");
        assertEquals(1, page.locator("tr.member[data-username=" + first + "]").count());

        String csv = "username\n" + second + "\n" + third + "\nnobody-" + RUN + "\n" + first + "\n";
        page.locator("#upload\\:file").setInputFiles(new FilePayload("roster.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        click(page, "#upload\\:preview");
        assertEquals(2, page.locator("tr.roster-row[data-verdict=ADD]").count());
        assertEquals(1, page.locator("tr.roster-row[data-verdict=UNKNOWN_ACCOUNT]").count());
        assertTrue(page.locator("tr.roster-row[data-verdict=UNKNOWN_ACCOUNT]").innerText().contains("нет такой учётной записи"));
        assertEquals(1, page.locator("tr.roster-row[data-verdict=ALREADY_MEMBER]").count());
        assertEquals(1, page.locator("tr.member").count(), "the preview added nobody");
        click(page, "#confirm\\:apply");
        assertEquals(3, page.locator("tr.member").count(), () -> page.locator("main").innerText());

        page.locator("#upload\\:file").setInputFiles(new FilePayload("roster.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        click(page, "#upload\\:preview");
        assertEquals(0, page.locator("tr.roster-row[data-verdict=ADD]").count(), "the same file again adds nobody");
        assertEquals(3, page.locator("tr.roster-row[data-verdict=ALREADY_MEMBER]").count());

        click(page, "#dashboard-link");
        assertEquals(3, page.locator("#matrix\\:table tbody tr").count());
        assertTrue(page.locator("#completion-chart svg g.chart-row").count() > 0, "the module chart is drawn");
        assertTrue(page.locator("#matrix\\:table .cell-done").count() >= 1, "the finished lesson is coloured");
        assertTrue(page.locator("#inactive-list li").count() >= 2, "learners who never started are listed");

        page.locator("#matrix\\:table thead input.ui-column-filter").first().pressSequentially(second);
        page.waitForCondition(() -> page.locator("#matrix\\:table tbody tr").count() == 1);

        Download csvExport = page.waitForDownload(() -> page.locator("#export-csv").click());
        String exported = read(csvExport);
        assertTrue(exported.contains(second));
        assertTrue(exported.contains("'=HYPERLINK"), "a name that is a formula is neutralised: " + exported);
        assertFalse(exported.contains(",=HYPERLINK"), exported);

        Download xlsxExport = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        try (ZipFile xlsx = new ZipFile(xlsxExport.path().toFile())) {
            String sheet = new String(xlsx.getInputStream(xlsx.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(sheet.contains(second) && sheet.contains("t=\"inlineStr\""), sheet);
            assertTrue(xlsx.getEntry("xl/workbook.xml") != null);
        }

        page.navigate(Portal.resolve("instructor/cohort.xhtml?id=" + page.url().replaceAll(".*id=(\\d+).*", "$1")).toString());
        click(page, "tr.member[data-username=" + second + "] a");
        assertEquals("DONE", page.locator("tr.lesson-line").first().getAttribute("data-state"));
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
        page.context().close();
    }

    @Test
    @RunAsClient
    void learnerSeesTheirCohortsAndInstructorsButNoStaffScreen() {
        String teacher = "journey-t2-" + RUN;
        String learner = "journey-l2-" + RUN;
        Outside.account(teacher, "INSTRUCTOR");
        Outside.account(learner, "LEARNER");
        long cohort = Long.parseLong(Outside.fixture("cohort", "instructor", teacher, "name", "Группа " + RUN));
        Outside.fixture("enroll", "cohort", String.valueOf(cohort), "username", learner);

        Page page = browser.signedIn(learner, Fixtures.PASSWORD);
        PageErrors errors = PageErrors.watch(page);
        page.navigate(Portal.resolve("cohorts/mine.xhtml").toString());
        assertTrue(page.locator(".my-cohort h2").innerText().contains("Группа " + RUN));
        assertTrue(page.locator(".cohort-instructors").innerText().contains("Person " + teacher));
        assertEquals(0, page.locator("a[href*='instructor/cohorts.xhtml']").count(), "no link to staff screens");
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
        assertEquals(403, page.navigate(Portal.resolve("instructor/cohorts.xhtml").toString()).status());
        page.context().close();
    }

    @Test
    @RunAsClient
    void theSignInPageStillRefusesAnUnknownAccountPolitely() {
        Page page = browser.anonymous();
        SignInPage signIn = SignInPage.open(page);
        signIn.signIn("nobody-" + RUN, "whatever-password-1");
        assertTrue(page.url().contains("login.xhtml"));
        assertFalse(signIn.errorText().isBlank());
        page.context().close();
    }

    private static String read(Download download) {
        try {
            return Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
