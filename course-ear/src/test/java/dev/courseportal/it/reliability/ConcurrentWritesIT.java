package dev.courseportal.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.cohort.entity.Cohort;
import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.entity.ProbeTrigger;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.domain.progress.boundary.ProgressTransfer;
import dev.courseportal.domain.progress.entity.LessonProgress;
import dev.courseportal.domain.progress.entity.QuizAttempt;
import dev.courseportal.it.PortalDeployment;
import dev.courseportal.it.lab.HungPort;
import dev.courseportal.it.reliability.PortalClient.Page;
import dev.courseportal.lab.schedule.ProbeRuns;
import dev.courseportal.lab.schedule.RunOutcome;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many writes at once lose nothing: one learner in many browser tabs (the real HTTP requests the
 * lesson page sends), an import of a progress file while the learner works, two instructors saving
 * the same cohort; and pages under load while a probe run waits for a hung lab service. Runs
 * inside the server to read the outcome straight from the services.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentWritesIT {

    private static final Logger LOG = Logger.getLogger(ConcurrentWritesIT.class.getName());
    private static final String PASSWORD = "Concurrent-Tabs-2026!";
    /** Faces keeps 15 views a session (Mojarra's default): more tabs and the oldest ones expire. */
    // More tabs than Faces keeps views for by default (15): web.xml raises it, so none of these expires.
    static final int TABS = 20;
    static final int WRITES = 100;
    static final int IMPORTS = 3;

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(ConcurrentWritesIT.class, PortalClient.class, PortalClient.Page.class,
                Concurrently.class, HungPort.class);
    }

    @EJB(lookup = "java:global/course-portal/course-domain/AccountService")
    AccountService accounts;

    @EJB(lookup = "java:global/course-portal/course-domain/ProgressService")
    ProgressService progress;

    @EJB(lookup = "java:global/course-portal/course-domain/ProgressTransfer")
    ProgressTransfer transfer;

    @EJB(lookup = "java:global/course-portal/course-domain/CohortService")
    CohortService cohorts;

    @EJB(lookup = "java:global/course-portal/course-domain/CourseCatalog")
    CourseCatalog catalog;

    @EJB(lookup = "java:global/course-portal/course-domain/LabEnvironmentService")
    LabEnvironmentService environments;

    @EJB(lookup = "java:global/course-portal/lab-ops/ProbeRuns")
    ProbeRuns probeRuns;

    private Account newAccount(String prefix, Role... roles) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(name, name, EnumSet.of(roles[0], roles), PASSWORD.toCharArray());
    }

    private List<String> lessons(int count) {
        return catalog.course().lessons().stream().limit(count).map(l -> l.id()).toList();
    }

    @Test
    void hundredWritesFromManyTabsOfOneSessionLoseNothing() throws Exception {
        Account learner = newAccount("tabs", Role.LEARNER);
        PortalClient browser = PortalClient.ofThisServer();
        browser.signIn(learner.username(), PASSWORD);
        List<String> lessons = lessons(TABS);
        List<Page> tabs = lessons.stream().map(id -> browser.get("lesson.xhtml?id=" + id)).toList();
        tabs.forEach(tab -> assertEquals(200, tab.status(), () -> "tab " + tab.uri()));

        List<Callable<String>> writes = new ArrayList<>();
        for (int i = 0; i < TABS; i++) {
            Page tab = tabs.get(i);
            writes.add(() -> {
                Page answer = browser.ajaxClick(tab, "done-form", "toggle-done", "done-form", Map.of());
                return answer.status() == 200 && answer.body().contains("<partial-response") && !answer.body().contains("<error")
                        ? "ok" : "mark " + tab.uri() + " answered " + answer.status() + ": " + answer.body();
            });
        }
        for (int j = 0; j < WRITES - TABS; j++) {
            String lesson = lessons.get(j % TABS);
            String anchor = "h-" + j;
            writes.add(() -> {
                int status = browser.position(lesson, anchor);
                return status == 204 ? "ok" : "position " + lesson + " answered " + status;
            });
        }
        List<String> outcomes = Concurrently.run(writes, 16);

        assertEquals(List.of(), Concurrently.failures(outcomes));
        List<LessonProgress> stored = progress.progressOf(learner.id());
        assertEquals(TABS, stored.size(), "one row a lesson, none duplicated");
        for (LessonProgress p : stored) {
            assertTrue(p.done(), () -> p.lessonId() + ": the mark of its tab survived " + (WRITES - TABS) + " position reports");
            int index = lessons.indexOf(p.lessonId());
            assertNotNull(p.lastAnchor(), p.lessonId());
            assertEquals(index, Integer.parseInt(p.lastAnchor().substring(2)) % TABS,
                    () -> p.lessonId() + " keeps a position reported for it, not " + p.lastAnchor());
        }
    }

    @Test
    void twoTabsOfOneLessonCannotUndoEachOthersMark() {
        Account learner = newAccount("twotabs", Role.LEARNER);
        PortalClient browser = PortalClient.ofThisServer();
        browser.signIn(learner.username(), PASSWORD);
        String lesson = lessons(1).get(0);
        Page first = browser.get("lesson.xhtml?id=" + lesson);
        Page second = browser.get("lesson.xhtml?id=" + lesson);
        assertTrue(first.body().contains("name=\"done-form:intended\" value=\"done\""), first.body());
        assertTrue(second.body().contains("name=\"done-form:intended\" value=\"done\""), second.body());

        // The first tab marks the lesson; the second still offers "mark as done" and is clicked too.
        Page marked = browser.ajaxClick(first, "done-form", "toggle-done", "done-form",
                Map.of("done-form:intended", "done"));
        assertTrue(marked.body().contains("value=\"open\""), () -> "the first tab now offers 'not done': " + marked.body());
        Page again = browser.ajaxClick(second, "done-form", "toggle-done", "done-form",
                Map.of("done-form:intended", "done"));
        assertTrue(again.body().contains("<partial-response") && !again.body().contains("<error"), again.body());
        assertTrue(progress.progressIn(learner.id(), lesson).orElseThrow().done(),
                "the second tab's stale click left the lesson done instead of undoing the first tab's mark");

        // Taking the mark back is as deliberate: the updated tab offers "open" and sets it.
        browser.ajaxClick(first, "done-form", "toggle-done", "done-form", Map.of("done-form:intended", "open"));
        assertFalse(progress.progressIn(learner.id(), lesson).orElseThrow().done());
        // A value the page never offers changes nothing.
        browser.ajaxClick(first, "done-form", "toggle-done", "done-form", Map.of("done-form:intended", "maybe"));
        assertFalse(progress.progressIn(learner.id(), lesson).orElseThrow().done());
    }

    @Test
    void theLessonScriptsMarksSetTheStateTheyNameAndRefuseEverythingElse() throws Exception {
        Account learner = newAccount("marks", Role.LEARNER);
        PortalClient browser = PortalClient.ofThisServer();
        browser.signIn(learner.username(), PASSWORD);
        List<String> lessons = lessons(30);

        // Every lesson marked at once, each twice (a double click): 60 writes, 30 lessons done.
        List<Callable<String>> marks = new ArrayList<>();
        for (String lesson : lessons) {
            for (int twice = 0; twice < 2; twice++) {
                marks.add(() -> {
                    Page answer = browser.mark(lesson, "done");
                    return answer.status() == 200 && answer.body().contains("\"lesson\":\"" + lesson + "\",\"done\":true")
                            ? "ok" : "mark " + lesson + " answered " + answer.status() + ": " + answer.body();
                });
            }
        }
        assertEquals(List.of(), Concurrently.failures(Concurrently.run(marks, 16)));
        assertEquals(lessons.size(), progress.progressOf(learner.id()).stream().filter(LessonProgress::done).count());
        Page last = browser.mark(lessons.get(0), "done");
        int total = catalog.course().lessons().size();
        assertTrue(last.body().contains("\"overallPercent\":" + Math.round(100.0 * lessons.size() / total) + "}"), last.body());

        // "open" takes one mark back; anything else is refused and changes nothing.
        assertEquals(200, browser.mark(lessons.get(1), "open").status());
        assertFalse(progress.progressIn(learner.id(), lessons.get(1)).orElseThrow().done());
        assertEquals(400, browser.mark(lessons.get(2), "toggle").status());
        assertEquals(400, browser.mark("no-such-lesson", "done").status());
        assertEquals(400, browser.mark("<script>", "done").status());
        assertEquals(403, browser.postForm("progress/mark", Map.of("lesson", lessons.get(2), "state", "open"), Map.of()).status(),
                "without the script's header (a cross-site form) nothing is written");
        assertTrue(progress.progressIn(learner.id(), lessons.get(2)).orElseThrow().done());
        assertEquals(lessons.size() - 1, progress.progressOf(learner.id()).stream().filter(LessonProgress::done).count());
    }

    @Test
    void importRunningWhileTheLearnerWorksLosesNeitherSide() throws Exception {
        Account learner = newAccount("import", Role.LEARNER);
        List<String> lessons = lessons(30);
        Set<String> known = catalog.course().lessons().stream().map(l -> l.id()).collect(Collectors.toSet());
        Instant longAgo = Instant.parse("2025-01-10T08:00:00Z");
        String file = progressFile(learner.username(), lessons, longAgo);

        List<Callable<String>> work = new ArrayList<>();
        // The learner imports the file, and again (a double click), while working in other tabs.
        work.add(() -> {
            for (int round = 0; round < IMPORTS; round++) {
                var report = transfer.importJson(learner.id(), file, known);
                if (!report.rejected().isEmpty()) {
                    return "import rejected " + report.rejected();
                }
            }
            return "ok";
        });
        // Three passes over the lessons: reading, marking done, reading on.
        for (int i = 0; i < 3 * lessons.size(); i++) {
            String lesson = lessons.get(i % lessons.size());
            int step = i;
            boolean marking = i / lessons.size() == 1;
            work.add(() -> {
                if (marking) {
                    progress.markDone(learner.id(), lesson);
                } else {
                    progress.visit(learner.id(), lesson, "read-" + step);
                }
                return "ok";
            });
        }
        List<String> outcomes = Concurrently.run(work, 12);

        assertEquals(List.of(), Concurrently.failures(outcomes));
        List<LessonProgress> stored = progress.progressOf(learner.id());
        assertEquals(lessons.size(), stored.size(), "one row a lesson");
        for (LessonProgress p : stored) {
            assertTrue(p.done(), () -> p.lessonId() + " is done, as the file says");
            assertEquals(longAgo, p.firstVisitAt(), () -> p.lessonId() + ": the file's earlier first visit was kept");
            assertNotNull(p.lastAnchor(), () -> p.lessonId() + ": the learner's reading position survived the import");
        }
        List<QuizAttempt> attempts = progress.quizAttemptsOf(learner.id());
        assertEquals(lessons.size(), attempts.size(), "the file's attempts once, however often it was imported");
    }

    @Test
    void twoInstructorsSavingTheSameCohortGetAClearMessageInsteadOfAnOverwrite() throws Exception {
        Caller first = Caller.of(newAccount("teach", Role.INSTRUCTOR));
        Caller second = Caller.of(newAccount("teach", Role.INSTRUCTOR));
        Cohort cohort = cohorts.create(first, "Поток конфликтов", LocalDate.now(), LocalDate.now().plusWeeks(4), null);
        cohorts.addInstructor(first, cohort.id(), second.username());
        long version = cohorts.summary(first, cohort.id()).version();

        // Both opened the edit form at the same version; the second save must not overwrite the first.
        cohorts.update(first, cohort.id(), version, "Поток А", LocalDate.now(), LocalDate.now().plusWeeks(5), null);
        InvalidInputException stale = assertThrows(InvalidInputException.class,
                () -> cohorts.update(second, cohort.id(), version, "Поток Б", LocalDate.now(), LocalDate.now().plusWeeks(6), null));
        assertEquals("cohort.changedMeanwhile", stale.messageKey());
        assertEquals("Поток А", cohorts.summary(first, cohort.id()).name());

        // And at the very same moment: one save wins, every other one is told, none is lost silently.
        long current = cohorts.summary(first, cohort.id()).version();
        int editors = 8;
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            Caller editor = i % 2 == 0 ? first : second;
            String name = "Поток " + i;
            saves.add(() -> {
                try {
                    cohorts.update(editor, cohort.id(), current, name, LocalDate.now(), LocalDate.now().plusWeeks(7), null);
                    return "saved " + name;
                } catch (InvalidInputException e) {
                    return e.messageKey();
                } catch (RuntimeException e) {
                    return "unclear: " + e;
                }
            });
        }
        List<String> outcomes = Concurrently.run(saves, editors);
        LOG.info(() -> "concurrent cohort saves: " + outcomes);

        List<String> saved = outcomes.stream().filter(o -> o.startsWith("saved ")).toList();
        assertEquals(1, saved.size(), () -> "exactly one save wins: " + outcomes);
        assertEquals(editors - 1, outcomes.stream().filter("cohort.changedMeanwhile"::equals).count(),
                () -> "every other editor gets the clear message: " + outcomes);
        assertEquals(saved.get(0).substring("saved ".length()), cohorts.summary(first, cohort.id()).name());
    }

    private static String progressFile(String username, List<String> lessons, Instant firstVisit) {
        var lessonEntries = Json.createArrayBuilder();
        var attempts = Json.createArrayBuilder();
        for (int i = 0; i < lessons.size(); i++) {
            lessonEntries.add(Json.createObjectBuilder().add("lessonId", lessons.get(i)).add("state", "DONE")
                    .add("firstVisitAt", firstVisit.toString()).add("lastVisitAt", firstVisit.plusSeconds(60).toString())
                    .add("completedAt", firstVisit.plusSeconds(600).toString()));
            attempts.add(Json.createObjectBuilder().add("lessonId", lessons.get(i)).add("questionId", "q1")
                    .add("answer", "1").add("correct", true).add("attemptedAt", firstVisit.plusSeconds(i).toString()));
        }
        return Json.createObjectBuilder().add("format", ProgressTransfer.FORMAT)
                .add("version", ProgressTransfer.VERSION).add("account", username)
                .add("exportedAt", Instant.now().toString()).add("lessons", lessonEntries)
                .add("quizAttempts", attempts).build().toString();
    }

    @Test
    void pagesAnswerWhileAProbeRunWaitsForAHungLabService() throws Exception {
        Account learner = newAccount("hung", Role.LEARNER);
        PortalClient browser = PortalClient.ofThisServer();
        browser.signIn(learner.username(), PASSWORD);
        List<String> pages = new ArrayList<>(List.of("lab/status.xhtml", "progress.xhtml", ""));
        lessons(9).forEach(id -> pages.add("lesson.xhtml?id=" + id));
        try (HungPort hung = HungPort.start()) {
            long environment = environments.create(hung.settings("hung-" + UUID.randomUUID().toString().substring(0, 8))).id();
            try {
                // A run that started before the hung environment existed would end too soon: let it.
                long idle = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (probeRuns.isRunning() && System.nanoTime() < idle) {
                    Thread.sleep(100);
                }
                CompletableFuture<RunOutcome> run = CompletableFuture.supplyAsync(() -> probeRuns.run(ProbeTrigger.REQUESTED));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!probeRuns.isRunning() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(probeRuns.isRunning(), "a probe run is waiting for the hung services");

                List<Callable<String>> loads = new ArrayList<>();
                for (String page : pages) {
                    loads.add(() -> {
                        int status = browser.get(page).status();
                        return status == 200 ? "ok" : page + " answered " + status;
                    });
                }
                List<String> outcomes = Concurrently.run(loads, 6);
                boolean stillWaiting = probeRuns.isRunning();

                assertEquals(List.of(), Concurrently.failures(outcomes));
                assertTrue(stillWaiting, () -> "every page answered while the run still waited for the hung lab, "
                        + "so none waited for it (the run: " + run.join() + ")");
                run.get(1, TimeUnit.MINUTES);
            } finally {
                environments.remove(environment);
            }
        }
    }
}
