package dev.courseportal.it.lab;

import static dev.courseportal.it.lab.LabTestSupport.DOMAIN;
import static dev.courseportal.it.lab.LabTestSupport.LAB_OPS;
import static dev.courseportal.it.lab.LabTestSupport.await;
import static dev.courseportal.it.lab.LabTestSupport.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.boundary.ProbeHistoryService;
import dev.courseportal.domain.lab.boundary.ProbeObservation;
import dev.courseportal.domain.lab.boundary.ProbeRunReport;
import dev.courseportal.domain.lab.boundary.RecordedRun;
import dev.courseportal.domain.lab.entity.ProbeRecord;
import dev.courseportal.domain.lab.entity.ProbeRun;
import dev.courseportal.domain.lab.entity.ProbeTrigger;
import dev.courseportal.domain.lab.entity.ServiceHealth;
import dev.courseportal.domain.lab.entity.ServiceState;
import dev.courseportal.lab.schedule.LabProbeSchedule;
import dev.courseportal.lab.schedule.ProbeRuns;
import dev.courseportal.lab.schedule.RunOutcome;
import dev.courseportal.lab.status.EnvironmentStatus;
import dev.courseportal.lab.status.LabStatus;
import dev.courseportal.lab.status.ServiceCard;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The probe timer in the deployed portal, against stand-in environments: it fires, stores, never overlaps, prunes. */
@ExtendWith(ArquillianExtension.class)
class ProbeTimerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return LabDeployment.withTests(ProbeTimerIT.class);
    }

    @EJB(lookup = LAB_OPS + "LabProbeSchedule")
    LabProbeSchedule schedule;

    @EJB(lookup = LAB_OPS + "ProbeRuns")
    ProbeRuns runs;

    @EJB(lookup = LAB_OPS + "LabStatus")
    LabStatus status;

    @EJB(lookup = DOMAIN + "LabEnvironmentService")
    LabEnvironmentService environments;

    @EJB(lookup = DOMAIN + "ProbeHistoryService")
    ProbeHistoryService history;

    @Test
    void theIntervalTimerIsPersistentWithTheConfiguredIntervalAndFiresByItself() throws Exception {
        LabProbeSchedule.ScheduledTimer timer = schedule.intervalTimer().orElseThrow();
        assertTrue(timer.persistent(), "kept in the database timer store, so one node runs each timeout");
        assertEquals(Duration.ofSeconds(30), timer.interval(), "PORTAL_LAB_PROBE_INTERVAL_SECONDS defaults to 30");

        Instant since = Instant.now();
        ProbeRun run = await(timer.interval().plusSeconds(20), "a scheduled run", () -> history.runsSince(since).stream()
                .filter(r -> r.trigger() == ProbeTrigger.SCHEDULE).findFirst());
        assertTrue(run.environments() >= 1, "the seeded local environment at least");
    }

    @Test
    void aRequestedRunGoesThroughTheTimerAndStoresEveryServiceOfAStandInEnvironment() throws Exception {
        try (StandInLab lab = StandInLab.start()) {
            long id = environments.create(lab.settings(unique("timer-stand-ins"))).id();
            try {
                Instant since = Instant.now();
                ProbeRun run = requestedRunSince(since);
                assertTrue(run.probes() >= 7);

                EnvironmentStatus env = status.ofEnvironment(id).orElseThrow();
                Map<String, ServiceCard> cards = env.cards().stream().collect(Collectors.toMap(ServiceCard::service, c -> c));
                assertEquals(List.of("postgres", "kafka", "connect", "schema-registry", "prometheus", "grafana", "jupyter"),
                        env.cards().stream().map(ServiceCard::service).toList());
                for (String up : List.of("connect", "schema-registry", "prometheus", "grafana", "jupyter")) {
                    assertEquals("UP", cards.get(up).status(), () -> up + ": " + cards.get(up));
                    assertEquals(100.0, cards.get(up).availabilityPercent());
                    assertNull(cards.get(up).lastErrorKey());
                }
                assertEquals("probe.connect.up", cards.get("connect").messageKey());
                for (String down : List.of("postgres", "kafka")) {
                    assertEquals("DOWN", cards.get(down).status(), () -> down + ": " + cards.get(down));
                    assertEquals("probe.refused", cards.get(down).lastErrorKey(), () -> down + ": " + cards.get(down));
                    assertEquals(0.0, cards.get(down).availabilityPercent());
                }
                assertEquals("DOWN", env.status());
                assertTrue(lab.requests() >= 7, "the probes went to the configured stand-ins");
            } finally {
                environments.remove(id);
            }
        }
    }

    private ProbeRun requestedRunSince(Instant since) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            schedule.requestRun();
            Optional<ProbeRun> run = Optional.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (run.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(250);
                run = history.runsSince(since).stream().filter(r -> r.trigger() == ProbeTrigger.REQUESTED).findFirst();
            }
            if (run.isPresent()) {
                return run.get();
            }
            // skipped because a scheduled run was going on: ask again
        }
        throw new AssertionError("no requested run was stored");
    }

    @Test
    void aRunNeverOverlapsAnotherAndAHungStandInIsDownWithNoAnswerWithinTheDeadline() throws Exception {
        try (HungPort hung = HungPort.start()) {
            long id = environments.create(hung.settings(unique("hung-stand-in"))).id();
            Instant since = Instant.now();
            ExecutorService callers = Executors.newFixedThreadPool(2);
            try {
                List<RunOutcome> attempt = List.of();
                // Both skip while another run holds the lease: a scheduled run going on or just ending,
                // or one cut short when the previous test class's deployment was removed (its lease
                // lapses by itself after the run's deadline plus a margin, 40 s here). Try again a
                // little later until then, not at once.
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (attempt.stream().noneMatch(RunOutcome::ran) && System.nanoTime() < giveUp) {
                    if (!attempt.isEmpty()) {
                        Thread.sleep(500);
                    }
                    attempt = twoRunsAtOnce(callers);
                }
                List<RunOutcome> outcomes = attempt;
                List<RunOutcome> ran = outcomes.stream().filter(RunOutcome::ran).toList();
                assertEquals(1, ran.size(), () -> "exactly one of two simultaneous runs ran: " + outcomes);
                RunOutcome other = outcomes.stream().filter(o -> !o.ran()).findFirst().orElseThrow();
                assertTrue(other.skipped().contains("in progress"), other.skipped());

                long probeMs = ran.get(0).probeMs();
                assertTrue(probeMs >= 1_000 && probeMs <= 10_000 + 2_000,
                        "the hung services held the run, but not past its 10 s deadline: " + probeMs + " ms");
                Map<String, ServiceState> states = history.states(List.of(id)).stream()
                        .collect(Collectors.toMap(ServiceState::service, s -> s));
                assertEquals(7, states.size());
                states.values().forEach(s -> assertEquals(ServiceHealth.DOWN, s.status(), s.service() + " " + s.message()));
                for (String http : List.of("connect", "schema-registry", "prometheus", "grafana", "jupyter")) {
                    assertEquals("probe.timeout", states.get(http).messageKey(), http + ": " + states.get(http).message());
                    assertEquals(List.of("5000"), states.get(http).messageArgs(), "no answer within 5000 ms");
                }
                assertTrue(states.get("postgres").message().startsWith("no answer within"), states.get("postgres").message());

                List<ProbeRun> stored = new ArrayList<>(history.runsSince(since));
                stored.sort(Comparator.comparing(ProbeRun::startedAt));
                for (int i = 1; i < stored.size(); i++) {
                    assertFalse(stored.get(i).startedAt().isBefore(stored.get(i - 1).finishedAt()),
                            "run " + stored.get(i).id() + " started before run " + stored.get(i - 1).id() + " ended");
                }
            } finally {
                callers.shutdownNow();
                environments.remove(id);
            }
        }
    }

    private List<RunOutcome> twoRunsAtOnce(ExecutorService callers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<RunOutcome> call = () -> {
            start.await();
            return runs.run(ProbeTrigger.REQUESTED);
        };
        Future<RunOutcome> first = callers.submit(call);
        Future<RunOutcome> second = callers.submit(call);
        start.countDown();
        return List.of(first.get(), second.get());
    }

    @Test
    void changesOfStateAreReportedOncePerChange() throws Exception {
        long id = environments.create(StandInLabSettings.unreachable(unique("changes"))).id();
        try {
            environments.setProbed(id, false);
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            assertEquals(1, record(id, ServiceHealth.DOWN, at).changes().size(), "the first probe is a change");
            assertEquals(0, record(id, ServiceHealth.DOWN, at.plusSeconds(30)).changes().size());
            RecordedRun up = record(id, ServiceHealth.UP, at.plusSeconds(60));
            assertEquals(1, up.changes().size());
            assertEquals(ServiceHealth.DOWN, up.changes().get(0).before());
            assertEquals(ServiceHealth.UP, up.changes().get(0).after());
            ServiceState state = history.states(List.of(id)).get(0);
            assertEquals(at.plusSeconds(60), state.statusSince());
            assertNotNull(state.lastErrorAt(), "the last error is remembered after recovery");
        } finally {
            environments.remove(id);
        }
    }

    @Test
    void historyOlderThanTheConfiguredSevenDaysIsPrunedAndNewerHistoryKept() throws Exception {
        long id = environments.create(StandInLabSettings.unreachable(unique("pruning"))).id();
        try {
            environments.setProbed(id, false);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            record(id, ServiceHealth.DOWN, now.minus(Duration.ofDays(8)));
            record(id, ServiceHealth.UP, now.minus(Duration.ofDays(6)));
            assertEquals(2, history.history(id, now.minus(Duration.ofDays(30))).size());

            ProbeHistoryService.Pruned pruned = runs.pruneHistory();

            assertTrue(pruned.records() >= 1 && pruned.runs() >= 1, pruned.toString());
            List<ProbeRecord> kept = history.history(id, now.minus(Duration.ofDays(30)));
            assertEquals(1, kept.size());
            assertEquals(now.minus(Duration.ofDays(6)), kept.get(0).checkedAt());
            assertEquals(ServiceHealth.UP, history.states(List.of(id)).get(0).status(), "the latest state stays");
        } finally {
            environments.remove(id);
        }
    }

    private RecordedRun record(long environmentId, ServiceHealth health, Instant at) {
        return history.record(new ProbeRunReport(at, at.plusMillis(5), 5, 1, ProbeTrigger.REQUESTED, "it",
                List.of(new ProbeObservation(environmentId, "it", "connect", health, 5, at,
                        health == ServiceHealth.UP ? "probe.connect.up" : "probe.refused", List.of("x"), "it", Map.of()))));
    }
}
