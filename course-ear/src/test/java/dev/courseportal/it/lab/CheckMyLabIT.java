package dev.courseportal.it.lab;

import static dev.courseportal.it.lab.LabTestSupport.DOMAIN;
import static dev.courseportal.it.lab.LabTestSupport.LAB_OPS;
import static dev.courseportal.it.lab.LabTestSupport.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.content.CheckKind;
import dev.courseportal.content.LabCheck;
import dev.courseportal.content.LabStep;
import dev.courseportal.content.Lesson;
import dev.courseportal.domain.account.boundary.AccountService;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.lab.boundary.LabCheckRecords;
import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.entity.LabCheckRun;
import dev.courseportal.lab.check.CheckMyLab;
import dev.courseportal.lab.check.CheckRefusedException;
import dev.courseportal.lab.check.CheckView;
import dev.courseportal.lab.check.StepCheck;
import jakarta.ejb.EJB;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Check my lab" of a real lesson's step against STAND-IN environments: checks of Kafka Connect
 * pass against the stand-in, checks of Kafka and PostgreSQL fail (nothing listens) with the
 * lesson's hint, and every run is stored with the learner's progress.
 */
@ExtendWith(ArquillianExtension.class)
class CheckMyLabIT {

    /** Check kinds that need Kafka or PostgreSQL, which no stand-in answers. */
    private static final Set<CheckKind> NEEDS_KAFKA_OR_POSTGRES = EnumSet.of(CheckKind.TOPIC_EXISTS,
            CheckKind.TOPIC_HAS_EVENT, CheckKind.REPLICATION_SLOT, CheckKind.PUBLICATION, CheckKind.REPLICA_IDENTITY,
            CheckKind.SQL_RETURNS);

    @Deployment
    static EnterpriseArchive deployment() {
        return LabDeployment.withTests(CheckMyLabIT.class);
    }

    @EJB(lookup = LAB_OPS + "CheckMyLab")
    CheckMyLab checks;

    @EJB(lookup = DOMAIN + "LabEnvironmentService")
    LabEnvironmentService environments;

    @EJB(lookup = DOMAIN + "LabCheckRecords")
    LabCheckRecords records;

    @EJB(lookup = DOMAIN + "AccountService")
    AccountService accounts;

    @EJB(lookup = DOMAIN + "CourseCatalog")
    CourseCatalog catalog;

    private long newLearner() {
        return accounts.create(unique("lab-check"), "Lab checker", EnumSet.of(Role.LEARNER),
                "it-password-123456".toCharArray()).id();
    }

    /** A step of the real course that checks Kafka Connect over HTTP and also Kafka or PostgreSQL. */
    private Step mixedStep() {
        for (Lesson lesson : catalog.course().lessons()) {
            for (LabStep step : lesson.lab().map(lab -> lab.steps()).orElse(List.of())) {
                boolean connect = step.checks().stream().anyMatch(CheckMyLabIT::standInPasses);
                boolean other = step.checks().stream().anyMatch(c -> NEEDS_KAFKA_OR_POSTGRES.contains(c.kind()));
                if (connect && other) {
                    return new Step(lesson.id(), step);
                }
            }
        }
        throw new AssertionError("no lab step checks both Kafka Connect over HTTP and Kafka or PostgreSQL");
    }

    private static boolean standInPasses(LabCheck check) {
        return check.kind() == CheckKind.HTTP_STATUS && "connect".equals(check.params().get("service"))
                && "/".equals(check.params().get("path"))
                || check.kind() == CheckKind.CONNECTOR_STATE && StandInLab.CONNECTOR.equals(check.params().get("connector"))
                && "RUNNING".equals(check.params().getOrDefault("state", "RUNNING"));
    }

    private record Step(String lessonId, LabStep step) {
    }

    @Test
    void aStepsChecksRunOnTheLearnersStandInEnvironmentAndTheOutcomeIsStoredWithHints() throws Exception {
        Step mixed = mixedStep();
        long learner = newLearner();
        try (StandInLab lab = StandInLab.start()) {
            String name = unique("check-stand-ins");
            long id = environments.create(lab.settings(name)).id();
            try {
                environments.makeDefault(id);

                StepCheck result = checks.check(learner, mixed.lessonId(), mixed.step().id());

                assertEquals(name, result.environmentName());
                assertEquals(mixed.step().checks().size(), result.checksTotal());
                assertFalse(result.passed(), "Kafka or PostgreSQL checks cannot pass against a closed port");
                for (int i = 0; i < result.checks().size(); i++) {
                    LabCheck declared = mixed.step().checks().get(i);
                    CheckView outcome = result.checks().get(i);
                    assertEquals(declared.kind().sourceName(), outcome.kind(), "the lesson's order");
                    assertEquals(declared.hint(), outcome.hint());
                    if (standInPasses(declared)) {
                        assertTrue(outcome.passed(), () -> outcome.kind() + ": " + outcome.message());
                    }
                    if (NEEDS_KAFKA_OR_POSTGRES.contains(declared.kind())) {
                        assertFalse(outcome.passed());
                        assertEquals("probe.refused", outcome.messageKey(), outcome.message());
                    }
                }
                assertTrue(lab.requests() >= 1, "the check asked the configured stand-in");

                StepCheck stored = checks.latest(learner, mixed.lessonId()).get(mixed.step().id());
                assertEquals(result.runId(), stored.runId(), "the latest result of the step is the stored run");
                LabCheckRun run = records.latestOf(learner).get(0);
                assertEquals(mixed.step().id(), run.stepId());
                assertEquals(result.checksPassed(), run.checksPassed());
                assertEquals(result.checks().get(0).message(), run.results().get(0).message());
            } finally {
                LabTestSupport.cleanUp(environments, id);
            }
        }
    }

    @Test
    void unknownStepsAreRefusedAndNothingIsStored() {
        long learner = newLearner();
        CheckRefusedException refused = assertThrows(CheckRefusedException.class,
                () -> checks.check(learner, "no-such-lesson", "no-such-step"));
        assertEquals("unknownStep", refused.reason());
        assertTrue(records.runsOf(learner).isEmpty());
    }

    @Test
    void aSecondCheckWhileTheFirstWaitsForAHungStandInIsRefusedAndTheFirstEndsWithinItsDeadline() throws Exception {
        Step mixed = mixedStep();
        long learner = newLearner();
        try (HungPort hung = HungPort.start()) {
            long id = environments.create(hung.settings(unique("check-hung"))).id();
            try {
                environments.makeDefault(id);
                long start = System.nanoTime();
                CompletableFuture<StepCheck> first = CompletableFuture.supplyAsync(() -> {
                    try {
                        return checks.check(learner, mixed.lessonId(), mixed.step().id());
                    } catch (CheckRefusedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(1_000);
                CheckRefusedException busy = assertThrows(CheckRefusedException.class,
                        () -> checks.check(learner, mixed.lessonId(), mixed.step().id()));
                assertEquals("busy", busy.reason());

                StepCheck result = first.get(30, TimeUnit.SECONDS);
                long tookMs = (System.nanoTime() - start) / 1_000_000;
                assertTrue(tookMs < 20_000 + 3_000, "within the 20 s check deadline: " + tookMs + " ms");
                assertTrue(result.checks().stream().noneMatch(CheckView::passed));
                assertTrue(result.checks().stream().anyMatch(c -> c.message().startsWith("no answer within")),
                        () -> "a timeout is reported as such: " + result.checks());
                assertEquals(1, records.runsOf(learner).size(), "the refused click stored nothing");
            } finally {
                LabTestSupport.cleanUp(environments, id);
            }
        }
    }
}
