package dev.courseportal.lab.probe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.courseportal.lab.environment.Failures;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;

/**
 * Runs every probe of every environment in parallel on the supplied executor (in the
 * server, a ManagedExecutorService) and waits for them under one overall deadline.
 * {@link #run} returns by the deadline whatever the services do: a probe still running
 * then is cancelled and reported DOWN, so a hung lab never delays the next timer run.
 * Each probe is also bounded by its own timeouts, which should be well under the deadline.
 */
public final class ProbeRunner {

    private final ExecutorService executor;
    private final List<Probe> probes;
    private final Clock clock;

    public ProbeRunner(ExecutorService executor, List<Probe> probes, Clock clock) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.probes = List.copyOf(probes);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Probes each environment's services; one {@link EnvironmentHealth} an environment, in order. */
    public List<EnvironmentHealth> run(Collection<LabEndpoints> environments, Duration deadline) {
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        long deadlineNanos = start + deadline.toNanos();

        List<List<Future<ProbeResult>>> submitted = new ArrayList<>();
        for (LabEndpoints env : environments) {
            List<Future<ProbeResult>> futures = new ArrayList<>();
            for (Probe probe : probes) {
                futures.add(submit(probe, env));
            }
            submitted.add(futures);
        }

        List<EnvironmentHealth> health = new ArrayList<>();
        int index = 0;
        for (LabEndpoints env : environments) {
            List<Future<ProbeResult>> futures = submitted.get(index++);
            List<ProbeResult> results = new ArrayList<>();
            for (int i = 0; i < probes.size(); i++) {
                results.add(await(futures.get(i), probes.get(i), deadlineNanos, deadline, startedAt));
            }
            health.add(new EnvironmentHealth(env.name(), startedAt, (System.nanoTime() - start) / 1_000_000, results));
        }
        return health;
    }

    private Future<ProbeResult> submit(Probe probe, LabEndpoints env) {
        try {
            return executor.submit(() -> probe.probe(env));
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(ProbeResult.of(probe.service(), ProbeStatus.DOWN, 0,
                    clock.instant(), LabMessage.of("probe.rejected"), Map.of()));
        }
    }

    /** The probe's result if it comes before the deadline; DOWN "no result within the deadline" otherwise. */
    private ProbeResult await(Future<ProbeResult> future, Probe probe, long deadlineNanos, Duration deadline,
                              Instant startedAt) {
        try {
            long remaining = Math.max(0, deadlineNanos - System.nanoTime());
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | CancellationException e) {
            future.cancel(true);
            return ProbeResult.of(probe.service(), ProbeStatus.DOWN, deadline.toMillis(), startedAt,
                    LabMessage.of("probe.deadline", deadline.toMillis()), Map.of());
        } catch (ExecutionException e) {
            return ProbeResult.of(probe.service(), ProbeStatus.DOWN, 0, startedAt,
                    LabMessage.of("probe.failed", Failures.summary(e.getCause())), Map.of());
        } catch (InterruptedException e) {
            // The caller is being stopped: give up on this probe and let the interrupt show.
            Thread.currentThread().interrupt();
            future.cancel(true);
            return ProbeResult.of(probe.service(), ProbeStatus.DOWN, 0, startedAt,
                    LabMessage.of("probe.failed", "interrupted"), Map.of());
        }
    }
}
