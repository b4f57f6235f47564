package dev.courseportal.lab.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.boundary.ProbeHistoryService;
import dev.courseportal.domain.lab.boundary.ProbeObservation;
import dev.courseportal.domain.lab.boundary.ProbeRunReport;
import dev.courseportal.domain.lab.boundary.RecordedRun;
import dev.courseportal.domain.lab.boundary.StateChange;
import dev.courseportal.domain.lab.entity.LabEnvironment;
import dev.courseportal.domain.lab.entity.ProbeTrigger;
import dev.courseportal.domain.lab.entity.ServiceHealth;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.probe.EnvironmentHealth;
import dev.courseportal.lab.runtime.EnvironmentEndpoints;
import dev.courseportal.lab.runtime.LabRuntime;

/**
 * One probe run over every probed environment, and the pruning of old history. Called by the
 * timer (and by tests); a call while another run is going on, here or on another node, returns
 * at once as skipped. No transaction spans the run: probing takes up to the run's deadline,
 * and each store is a short transaction of its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProbeRuns {

    private static final Logger LOG = Logger.getLogger(ProbeRuns.class.getName());
    /** The lease outlives a run's deadline by this much before another node may take over. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    @EJB
    LabRuntime runtime;

    @EJB
    LabEnvironmentService environments;

    @EJB
    ProbeHistoryService history;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastPrune = Instant.EPOCH;

    /** Probes every probed environment once, unless a run is already going on. Never throws. */
    public RunOutcome run(ProbeTrigger trigger) {
        Instant now = runtime.clock().instant();
        if (!running.compareAndSet(false, true)) {
            return RunOutcome.skipped(trigger, now, "a run is in progress on this node");
        }
        try {
            return runExclusively(trigger, now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Lab probe run failed; the next one will try again", e);
            return RunOutcome.skipped(trigger, now, "failed: " + e);
        } finally {
            running.set(false);
        }
    }

    private RunOutcome runExclusively(ProbeTrigger trigger, Instant now) {
        Duration deadline = runtime.settings().probeDeadline();
        String holder = runtime.node() + "/" + UUID.randomUUID();
        if (!history.acquireLease(holder, now, now.plus(deadline).plus(LEASE_MARGIN))) {
            return RunOutcome.skipped(trigger, now, "a run is in progress on another node");
        }
        try {
            return probeAndStore(trigger, deadline);
        } finally {
            history.releaseLease(holder, runtime.clock().instant());
        }
    }

    private RunOutcome probeAndStore(ProbeTrigger trigger, Duration deadline) {
        Instant startedAt = runtime.clock().instant();
        long start = System.nanoTime();
        List<LabEnvironment> probed = new ArrayList<>();
        List<LabEndpoints> endpoints = new ArrayList<>();
        List<ProbeObservation> observations = new ArrayList<>();
        for (LabEnvironment environment : environments.probed()) {
            try {
                endpoints.add(EnvironmentEndpoints.of(environment));
                probed.add(environment);
            } catch (IllegalArgumentException e) {
                observations.addAll(ProbeObservations.misconfigured(environment, e.getMessage(), startedAt));
            }
        }
        List<EnvironmentHealth> health = runtime.probeRunner().run(endpoints, deadline);
        observations.addAll(ProbeObservations.of(probed, health));
        long probeMs = (System.nanoTime() - start) / 1_000_000;
        Instant finishedAt = runtime.clock().instant();

        long storing = System.nanoTime();
        int environmentCount = (int) observations.stream().map(ProbeObservation::environmentId).distinct().count();
        RecordedRun recorded = history.record(new ProbeRunReport(startedAt, finishedAt, probeMs, environmentCount,
                trigger, runtime.node(), observations));
        recorded.changes().forEach(ProbeRuns::logChange);
        pruneIfDue(finishedAt);
        long storeMs = (System.nanoTime() - storing) / 1_000_000;

        int problems = (int) observations.stream().filter(o -> o.health() != ServiceHealth.UP).count();
        LOG.fine(() -> "Lab probe run " + recorded.runId() + " (" + trigger + "): " + environmentCount
                + " environment(s), " + observations.size() + " probes, " + problems + " not up, probing " + probeMs
                + " ms, storing " + storeMs + " ms");
        return new RunOutcome(true, null, trigger, recorded.runId(), startedAt, probeMs, storeMs, environmentCount,
                observations.size(), problems, recorded.changes().size());
    }

    private static void logChange(StateChange change) {
        LOG.info(() -> "Lab environment '" + change.environmentName() + "', " + change.service() + ": "
                + (change.before() == null ? "first probe" : change.before().name()) + " -> " + change.after()
                + " (" + change.message() + ")");
    }

    private void pruneIfDue(Instant now) {
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) >= 0) {
            pruneHistory();
        }
    }

    /** Deletes probe history older than {@code PORTAL_LAB_HISTORY_DAYS}; the latest state stays. */
    public ProbeHistoryService.Pruned pruneHistory() {
        Instant now = runtime.clock().instant();
        ProbeHistoryService.Pruned pruned = history.prune(now.minus(Duration.ofDays(runtime.settings().historyDays())));
        lastPrune = now;
        if (pruned.records() > 0 || pruned.runs() > 0) {
            LOG.info(() -> "Lab probe history pruned: " + pruned.records() + " probe(s) and " + pruned.runs()
                    + " run(s) older than " + runtime.settings().historyDays() + " days");
        }
        return pruned;
    }

    /** Whether a run is going on on this node now. */
    public boolean isRunning() {
        return running.get();
    }
}
