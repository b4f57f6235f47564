package dev.courseportal.lab.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import dev.courseportal.content.LabStep;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.lab.boundary.LabCheckRecords;
import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.entity.LabCheckResult;
import dev.courseportal.domain.lab.entity.LabEnvironment;
import dev.courseportal.lab.environment.Failures;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.runtime.EnvironmentEndpoints;
import dev.courseportal.lab.runtime.LabRuntime;
import dev.courseportal.lab.verification.CheckOutcome;
import dev.courseportal.lab.verification.LabCheck;

/**
 * Runs a lab step's checks against the learner's environment and stores the outcome. The
 * checks of a step run in parallel on the lab executor under one deadline (each is bounded by
 * its own timeouts too), so a step with a hung service answers within
 * {@code LabSettings.checkDeadline()}. One check at a time per learner: a second click while
 * the first runs is refused rather than queued, so nobody can pile load on a lab.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckMyLab {

    @EJB
    LabRuntime runtime;

    @EJB
    CourseCatalog catalog;

    @EJB
    LabEnvironmentService environments;

    @EJB
    LabCheckRecords records;

    private final Set<Long> checking = ConcurrentHashMap.newKeySet();

    /** Checks one step of a lesson's lab for the learner; the stored result. */
    public StepCheck check(long accountId, String lessonId, String stepId) throws CheckRefusedException {
        LabStep step = LessonChecks.step(catalog.course(), lessonId, stepId)
                .orElseThrow(() -> new CheckRefusedException("unknownStep"));
        if (step.checks().isEmpty()) {
            throw new CheckRefusedException("noChecks");
        }
        if (!checking.add(accountId)) {
            throw new CheckRefusedException("busy");
        }
        try {
            LabEnvironment environment = environments.environmentOf(accountId);
            Instant checkedAt = runtime.clock().instant();
            long start = System.nanoTime();
            List<CheckOutcome> outcomes = run(environment, LessonChecks.of(step), checkedAt);
            long durationMs = (System.nanoTime() - start) / 1_000_000;
            List<LabCheckResult> results = outcomes.stream()
                    .map(o -> new LabCheckResult(o.kind(), o.passed(), o.observed(), o.hint(), o.messageKey(),
                            o.messageArgs(), o.message(), o.durationMs()))
                    .toList();
            return StepCheck.of(records.record(accountId, lessonId, stepId, environment.id(), environment.name(),
                    checkedAt, durationMs, results));
        } finally {
            checking.remove(accountId);
        }
    }

    /** The latest stored result of each checked step of the lesson, by step id. */
    public Map<String, StepCheck> latest(long accountId, String lessonId) {
        Map<String, StepCheck> latest = new LinkedHashMap<>();
        records.latestPerStep(accountId, lessonId).forEach((step, run) -> latest.put(step, StepCheck.of(run)));
        return latest;
    }

    /** The name of the environment the learner's checks go to. */
    public String environmentName(long accountId) {
        return environments.environmentOf(accountId).name();
    }

    private List<CheckOutcome> run(LabEnvironment environment, List<LabCheck> checks, Instant checkedAt) {
        LabEndpoints endpoints;
        try {
            endpoints = EnvironmentEndpoints.of(environment);
        } catch (IllegalArgumentException e) {
            LabMessage message = LabMessage.of("probe.failed", "invalid settings of " + environment.name());
            return checks.stream().map(c -> failed(c, message, checkedAt, 0)).toList();
        }
        Duration deadline = runtime.settings().checkDeadline();
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        List<Future<CheckOutcome>> futures = new ArrayList<>();
        for (LabCheck check : checks) {
            try {
                futures.add(runtime.executor().submit(() -> runtime.checkRunner().run(endpoints, check)));
            } catch (RejectedExecutionException e) {
                futures.add(null);
            }
        }
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            outcomes.add(await(futures.get(i), checks.get(i), deadlineNanos, deadline, checkedAt));
        }
        return outcomes;
    }

    private static CheckOutcome await(Future<CheckOutcome> future, LabCheck check, long deadlineNanos,
                                      Duration deadline, Instant checkedAt) {
        if (future == null) {
            return failed(check, LabMessage.of("probe.rejected"), checkedAt, 0);
        }
        try {
            return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(check, LabMessage.of("probe.deadline", deadline.toMillis()), checkedAt, deadline.toMillis());
        } catch (ExecutionException e) {
            return failed(check, LabMessage.of("probe.failed", Failures.summary(e.getCause())), checkedAt, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return failed(check, LabMessage.of("probe.failed", "interrupted"), checkedAt, 0);
        }
    }

    private static CheckOutcome failed(LabCheck check, LabMessage message, Instant checkedAt, long durationMs) {
        return new CheckOutcome(check.kind(), false, message.english(), check.hint(), message.key(), message.args(),
                message.english(), checkedAt, durationMs);
    }
}
