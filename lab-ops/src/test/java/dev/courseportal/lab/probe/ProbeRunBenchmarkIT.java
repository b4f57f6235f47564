package dev.courseportal.lab.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabTimeouts;
import dev.courseportal.lab.stack.LabStack;
import dev.courseportal.lab.stack.LabStackExtension;

/**
 * What one timer run costs with twenty lab environments (140 probes): printed, not asserted,
 * since timings depend on the machine. All twenty point at the test run's one stack (real
 * PostgreSQL, Kafka, Connect; stand-ins for the schema registry, Prometheus, Grafana and
 * JupyterLab), which makes this a measure of the portal's side: threads, clients, connections.
 */
@ExtendWith(LabStackExtension.class)
class ProbeRunBenchmarkIT {

    private static final int ENVIRONMENTS = 20;
    private static final int THREADS = 16;
    private static final int WARM_RUNS = 3;

    @Test
    void probeRunAcrossTwentyEnvironments(LabStack stack) {
        stack.ensureReferenceConnector();
        List<LabEndpoints> environments = new ArrayList<>();
        for (int i = 1; i <= ENVIRONMENTS; i++) {
            environments.add(stack.endpoints().toBuilder().name(String.format("cohort-%02d", i)).build());
        }
        LabTimeouts timeouts = LabTimeouts.defaults();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        try {
            LabHttp http = new LabHttp(LabHttp.newClient(timeouts, null), timeouts);
            ProbeRunner runner = new ProbeRunner(executor,
                    LabProbes.standard(http, new LabConnections(timeouts), Clock.systemUTC()), Clock.systemUTC());

            long single = timed(() -> runner.run(List.of(environments.get(0)), Duration.ofSeconds(30)));
            long first = timed(() -> check(runner.run(environments, Duration.ofSeconds(30))));
            long total = 0;
            long best = Long.MAX_VALUE;
            for (int i = 0; i < WARM_RUNS; i++) {
                long took = timed(() -> check(runner.run(environments, Duration.ofSeconds(30))));
                total += took;
                best = Math.min(best, took);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("[lab-it] %s%n", stack.startReport());
            System.out.printf("[lab-it] probe run, 1 environment (7 probes): %d ms%n", single);
            System.out.printf("[lab-it] probe run, %d environments (%d probes, %d threads): first %d ms, "
                            + "warm mean %d ms, best %d ms; test JVM heap used after: %d MB%n",
                    ENVIRONMENTS, ENVIRONMENTS * 7, THREADS, first, total / WARM_RUNS, best,
                    (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        } finally {
            executor.shutdownNow();
        }
    }

    private static void check(List<EnvironmentHealth> run) {
        assertEquals(ENVIRONMENTS, run.size());
        for (EnvironmentHealth health : run) {
            assertEquals(ProbeStatus.UP, health.status(), health.environment() + ": " + health.results());
        }
    }

    private static long timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
