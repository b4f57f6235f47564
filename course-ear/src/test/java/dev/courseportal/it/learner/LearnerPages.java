package dev.courseportal.it.learner;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.courseportal.it.Portal;

/** Page objects of the learner's screens: roadmap, course tree, lesson, progress, search. */
final class LearnerPages {

    private final Page page;

    LearnerPages(Page page) {
        this.page = page;
    }

    void openRoadmap() {
        page.navigate(Portal.baseUri().toString());
    }

    int overallPercent() {
        return Integer.parseInt(page.locator("#overall-progress").getAttribute("value"));
    }

    Locator treeLesson(String lessonId) {
        return page.locator(".course-tree a.tree-lesson[href$='id=" + lessonId + "']");
    }

    /** Expands the first module in the tree and follows its first lesson link; returns the lesson id. */
    String openFirstLessonFromTree() {
        page.locator(".course-tree .ui-tree-toggler").first().click();
        Locator link = page.locator(".course-tree a.tree-lesson").first();
        link.waitFor();
        String href = link.getAttribute("href");
        link.click();
        page.waitForURL("**/lesson.xhtml?id=*");
        return href.substring(href.indexOf("id=") + 3);
    }

    /** Visits the course's lessons from the roadmap until one has a knowledge check; returns its id. */
    String openFirstLessonWithQuiz() {
        openRoadmap();
        for (String href : page.locator(".lesson-list a").all().stream().map(a -> a.getAttribute("href")).toList()) {
            page.navigate(Portal.baseUri().resolve(href).toString());
            if (page.locator("form.quiz-question").count() > 0) {
                return href.substring(href.indexOf("id=") + 3);
            }
        }
        throw new AssertionError("no lesson with a quiz in the course");
    }

    java.util.Set<String> doneLessonTitles() {
        openProgress();
        return new java.util.TreeSet<>(page.locator(".progress-table tr.is-done th").allTextContents().stream()
                .map(String::strip).toList());
    }

    Locator doneButton() {
        return page.locator("[id='done-form:toggle-done']");
    }

    boolean lessonMarkedDone() {
        return page.locator("[id='done-form:done-state']").textContent().strip().length() > 0;
    }

    /** Clicks "mark as done" (or its undo); the lesson script sends it as one JSON request, not a postback. */
    void toggleDone() {
        String before = doneButton().getAttribute("value");
        com.microsoft.playwright.Response mark = page.waitForResponse(r -> r.url().endsWith("/progress/mark"),
                () -> doneButton().click());
        if (mark.status() != 200 || !mark.headers().getOrDefault("content-type", "").startsWith("application/json")) {
            throw new AssertionError("the mark was not answered with JSON: " + mark.status() + " " + mark.text());
        }
        page.waitForFunction("v => document.getElementById('done-form:toggle-done').value !== v", before);
    }

    Locator firstQuiz() {
        return page.locator("form.quiz-question").first();
    }

    void answerFirstQuizWithFirstOption() {
        Locator quiz = firstQuiz();
        quiz.locator("input[type=radio], input[type=checkbox]").first().check();
        quiz.locator("input[type=submit]").click();
        quiz.locator(".quiz-correct, .quiz-wrong").first().waitFor();
    }

    void openProgress() {
        page.navigate(Portal.resolve("progress.xhtml").toString());
    }

    void search(String query) {
        page.navigate(Portal.resolve("search.xhtml").toString());
        page.locator("#q").fill(query);
        page.locator(".search-form button[type=submit]").click();
        page.waitForLoadState();
    }
}
