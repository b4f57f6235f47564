package dev.courseportal.it.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ViewportSize;
import dev.courseportal.it.Browsers;
import dev.courseportal.it.PageErrors;
import dev.courseportal.it.Portal;
import dev.courseportal.it.PortalDeployment;
import dev.courseportal.it.SignInPage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A learner's day in a real browser: roadmap, tree, lesson, done mark, quiz, reload, phone, export/import. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerJourneyIT {

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

    private static Page signedIn(BrowserContext context, String username) {
        Page page = context.newPage();
        SignInPage.open(page).signIn(username, Portal.demoPassword());
        return page;
    }

    @Test
    void markingALessonDoneShowsInTheTreeAndTheOverallProgressAndSurvivesAReload() {
        BrowserContext context = browser.newContext();
        Page page = signedIn(context, "learner");
        PageErrors errors = PageErrors.watch(page);
        LearnerPages pages = new LearnerPages(page);

        assertTrue(page.locator("svg.roadmap a.roadmap-node").count() > 0, "the roadmap draws the modules");
        String lessonId = pages.openFirstLessonFromTree();
        if (pages.lessonMarkedDone()) {
            pages.toggleDone();
        }
        int before = pages.overallPercent();

        pages.toggleDone();

        assertTrue(pages.lessonMarkedDone());
        assertTrue(pages.treeLesson(lessonId).getAttribute("class").contains("is-done"), "the tree marks the lesson");
        assertTrue(pages.overallPercent() > before, "the overall percentage rises");
        // What the lesson script put into the page in place is what the server renders afterwards.
        String treeState = "id => { const a = [...document.querySelectorAll('a.tree-lesson')]"
                + ".find(l => l.getAttribute('href').endsWith('id=' + id));"
                + " const icon = a.closest('.ui-treenode-content').querySelector('.ui-treenode-icon');"
                + " const module = a.closest('li.ui-treenode').parentNode.closest('li.ui-treenode');"
                + " return [a.className, icon.classList.contains('pi-check-circle'), a.textContent,"
                + " module.querySelector('.tree-percent').textContent.trim(),"
                + " document.querySelector('.header-progress-value').textContent.trim()].join('|'); }";
        Object live = page.evaluate(treeState, lessonId);
        int liveOverall = pages.overallPercent();

        page.reload();
        assertTrue(pages.lessonMarkedDone(), "still done after a reload");
        assertTrue(pages.treeLesson(lessonId).getAttribute("class").contains("is-done"), "and in the tree");
        assertEquals(page.evaluate(treeState, lessonId), live, "tree node, icon, module percentage and header as rendered");
        assertEquals(liveOverall, pages.overallPercent());

        pages.openFirstLessonWithQuiz();
        pages.answerFirstQuizWithFirstOption();
        page.reload();
        assertTrue(pages.firstQuiz().locator(".quiz-correct, .quiz-wrong").count() > 0, "the quiz attempt is kept");
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
        context.close();
    }

    @Test
    void withoutJavaScriptTheDoneMarkWorksAsAPlainFormPost() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page page = signedIn(context, "learner");
        LearnerPages pages = new LearnerPages(page);
        String lessonId = pages.openFirstLessonWithQuiz();

        boolean wasDone = pages.lessonMarkedDone();
        page.waitForNavigation(() -> pages.doneButton().click());
        assertEquals(!wasDone, pages.lessonMarkedDone(), "the plain post set the state the button offered");
        assertEquals(!wasDone, pages.treeLesson(lessonId).getAttribute("class").contains("is-done"), "the tree agrees");
        page.waitForNavigation(() -> pages.doneButton().click());
        assertEquals(wasDone, pages.lessonMarkedDone(), "and back");

        context.close();
    }

    @Test
    void onAPhoneTheTreeOpensFromTheHamburgerMenu() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(new ViewportSize(375, 740)));
        Page page = signedIn(context, "learner");
        PageErrors errors = PageErrors.watch(page);

        assertTrue(page.locator(".sidebar-toggle").isVisible(), "the hamburger shows on a narrow screen");
        assertFalse(page.locator(".course-tree").isVisible() && page.locator(".course-tree").boundingBox().x >= 0,
                "the tree is tucked away");
        page.locator(".sidebar-toggle").click();
        page.waitForFunction("() => document.body.classList.contains('sidebar-open')");
        page.locator(".course-tree .ui-tree-toggler").first().click();
        page.locator(".course-tree a.tree-lesson").first().click();
        page.waitForURL("**/lesson.xhtml?id=*");
        assertTrue(page.locator("article.lesson h1").isVisible());
        assertTrue(errors.all().isEmpty(), () -> "JavaScript errors: " + errors.all());
        context.close();
    }

    @Test
    void anExportImportedOnAnotherAccountGivesTheSameProgress() throws Exception {
        BrowserContext first = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
        Page learnerPage = signedIn(first, "learner");
        LearnerPages learner = new LearnerPages(learnerPage);
        learner.openFirstLessonFromTree();
        if (!learner.lessonMarkedDone()) {
            learner.toggleDone();
        }
        learner.openProgress();
        Download download = learnerPage.waitForDownload(() -> learnerPage.locator("#export-json").click());
        Path file = Files.createTempFile("progress", ".json");
        download.saveAs(file);
        String exported = Files.readString(file);
        assertTrue(exported.contains("\"format\":\"course-portal-progress\""), exported);
        first.close();

        BrowserContext second = browser.newContext();
        Page other = signedIn(second, "instructor");
        LearnerPages otherPages = new LearnerPages(other);
        otherPages.openProgress();
        other.locator("[id='import:file']").setInputFiles(file);
        other.locator("[id='import:importButton']").click();
        other.waitForLoadState();
        assertTrue(other.locator(".message-info").count() > 0, () -> other.locator("main").innerText());

        java.util.Set<String> importedDone = otherPages.doneLessonTitles();
        BrowserContext third = browser.newContext();
        java.util.Set<String> learnerDone = new LearnerPages(signedIn(third, "learner")).doneLessonTitles();
        assertFalse(learnerDone.isEmpty());
        assertTrue(importedDone.containsAll(learnerDone), () -> "imported " + importedDone + " vs " + learnerDone);

        otherPages.openProgress();
        other.locator("[id='import:file']").setInputFiles(file);
        other.locator("[id='import:importButton']").click();
        other.waitForLoadState();
        String repeated = other.locator(".message-info").textContent();
        assertTrue(repeated.matches("\\D*\\b0\\b.*"), () -> "importing the same file again applies nothing: " + repeated);
        second.close();
        third.close();
    }

    @Test
    void aBrokenImportFileChangesNothingAndSaysWhy() throws Exception {
        BrowserContext context = browser.newContext();
        Page page = signedIn(context, "learner");
        LearnerPages pages = new LearnerPages(page);
        pages.openProgress();
        String before = page.locator("#progress-overall").textContent();
        Path bad = Files.createTempFile("not-progress", ".json");
        Files.writeString(bad, "{\"hello\": [1, 2");
        page.locator("[id='import:file']").setInputFiles(bad);
        page.locator("[id='import:importButton']").click();
        page.waitForLoadState();
        assertTrue(page.locator(".message-error").count() > 0, () -> page.locator("main").innerText());
        pages.openProgress();
        assertEquals(before, page.locator("#progress-overall").textContent());
        context.close();
    }

    @Test
    void searchFindsLessonsAndLinksToTheirHeadings() {
        BrowserContext context = browser.newContext();
        Page page = signedIn(context, "learner");
        LearnerPages pages = new LearnerPages(page);
        pages.search("слот");
        assertTrue(page.locator(".search-hit").count() > 0, () -> page.locator("main").innerText());
        assertTrue(page.locator(".search-snippet mark").count() > 0, "the match is highlighted");
        page.locator(".search-hit-title").first().click();
        page.waitForURL("**/lesson.xhtml?id=*");
        context.close();
    }
}
