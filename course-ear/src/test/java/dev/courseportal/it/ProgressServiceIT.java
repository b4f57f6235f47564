package dev.courseportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.domain.progress.entity.LessonProgress;
import dev.courseportal.domain.progress.entity.LessonState;
import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Progress written and read through the deployed EAR's services, against the real datasource. */
@ExtendWith(ArquillianExtension.class)
class ProgressServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(ProgressServiceIT.class);
    }

    @EJB(lookup = "java:global/course-portal/course-domain/AccountService")
    AccountService accounts;

    @EJB(lookup = "java:global/course-portal/course-domain/ProgressService")
    ProgressService progress;

    private Account newLearner() {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(name, "IT learner", EnumSet.of(Role.LEARNER), "it-password-123456".toCharArray());
    }

    @Test
    void markedLessonIsReadBackAsDone() {
        Account learner = newLearner();
        assertNotNull(learner.id());

        progress.visit(learner.id(), "cdc-fundamentals", "зачем-это-нужно");
        progress.markDone(learner.id(), "cdc-fundamentals");

        LessonProgress stored = progress.progressIn(learner.id(), "cdc-fundamentals").orElseThrow();
        assertEquals(LessonState.DONE, stored.state());
        assertNotNull(stored.completedAt());
        assertEquals("зачем-это-нужно", stored.lastAnchor());
    }

    @Test
    void lastVisitedLessonIsWhereTheLearnerResumes() throws InterruptedException {
        Account learner = newLearner();
        progress.visit(learner.id(), "cdc-fundamentals", null);
        Thread.sleep(5);
        progress.visit(learner.id(), "debezium-architecture", "offsets");

        LessonProgress last = progress.lastVisited(learner.id()).orElseThrow();
        assertEquals("debezium-architecture", last.lessonId());
        assertEquals("offsets", last.lastAnchor());
    }

    @Test
    void concurrentMarksOfOneLearnerLoseNothing() throws Exception {
        Account learner = newLearner();
        int lessons = 100;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Void>> marks = new ArrayList<>();
            for (int i = 0; i < lessons; i++) {
                String lessonId = "lesson-" + (i % 50);
                boolean done = i < 50 || i % 2 == 0;
                marks.add(() -> {
                    if (done) {
                        progress.markDone(learner.id(), lessonId);
                    } else {
                        progress.visit(learner.id(), lessonId, "h" + lessonId);
                    }
                    return null;
                });
            }
            for (Future<Void> result : pool.invokeAll(marks)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<LessonProgress> stored = progress.progressOf(learner.id());
        assertEquals(50, stored.size(), "one row per lesson, none duplicated");
        assertTrue(stored.stream().allMatch(LessonProgress::done), "every mark survived the concurrent visits");
    }
}
