package dev.courseportal.lab.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabService;
import dev.courseportal.lab.environment.LabTimeouts;
import dev.courseportal.lab.stack.Await;
import dev.courseportal.lab.stack.LabStack;
import dev.courseportal.lab.stack.LabStackExtension;

/**
 * Every probe against the test run's real PostgreSQL, Kafka broker and Connect worker; the
 * schema registry, Prometheus, Grafana and JupyterLab probes against stand-in HTTP servers.
 */
@ExtendWith(LabStackExtension.class)
class ProbesIT {

    private static final LabTimeouts TIMEOUTS = LabTimeouts.defaults().with(Duration.ofSeconds(2), Duration.ofSeconds(5));
    private static ExecutorService executor;
    private static ProbeRunner runner;

    @BeforeAll
    static void createRunner() {
        executor = Executors.newFixedThreadPool(8);
        LabHttp http = new LabHttp(LabHttp.newClient(TIMEOUTS, null), TIMEOUTS);
        runner = new ProbeRunner(executor, LabProbes.standard(http, new LabConnections(TIMEOUTS), Clock.systemUTC()),
                Clock.systemUTC());
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void everyServiceIsUpRealPostgresKafkaConnectAndStandInsForTheOthers(LabStack stack) {
        stack.ensureReferenceConnector();
        // As below: a replication connection that drops for a moment makes PostgreSQL DEGRADED.
        EnvironmentHealth first = runOnce(stack.endpoints());
        EnvironmentHealth health = first.results().stream().allMatch(r -> r.status() == ProbeStatus.UP) ? first
                : Await.until("every service UP", Duration.ofSeconds(30), () -> {
                    EnvironmentHealth again = runOnce(stack.endpoints());
                    return again.results().stream().allMatch(r -> r.status() == ProbeStatus.UP) ? again : null;
                });

        for (ProbeResult result : health.results()) {
            assertEquals(ProbeStatus.UP, result.status(), result.service() + ": " + result.message());
        }
        assertEquals(7, health.results().size());
        System.out.printf("[lab-it] one probe run of one environment (7 probes): %d ms (%s)%n", health.durationMs(),
                health.results().stream().map(r -> r.service().composeName() + " " + r.latencyMs() + " ms")
                        .collect(Collectors.joining(", ")));
    }

    @Test
    void postgresProbeReportsLogicalWalLevelAndTheActiveSlotWithItsRetainedWal(LabStack stack) {
        stack.ensureReferenceConnector();
        // The connector's replication connection can drop for a moment (another test's restart of
        // the task, a reconnect): the probe rightly reports that as DEGRADED. Ask until it holds.
        ProbeResult postgres = Await.until("the probe sees slot " + LabStack.SLOT + " active", Duration.ofSeconds(30), () -> {
            ProbeResult result = runOnce(stack.endpoints()).result(LabService.POSTGRES).orElseThrow();
            return "true".equals(result.details().get("slot." + LabStack.SLOT + ".active")) ? result : null;
        });

        assertEquals(ProbeStatus.UP, postgres.status(), postgres.message());
        assertEquals("logical", postgres.details().get("wal_level"));
        assertEquals("true", postgres.details().get("slot." + LabStack.SLOT + ".active"));
        assertEquals("pgoutput", postgres.details().get("slot." + LabStack.SLOT + ".plugin"));
        long retained = Long.parseLong(postgres.details().get("slot." + LabStack.SLOT + ".retainedWalBytes"));
        assertTrue(retained >= 0, "retained WAL bytes: " + retained);
    }

    @Test
    void postgresProbeIsDegradedForAnInactiveSlotLeftBehind(LabStack stack) {
        stack.sql("SELECT pg_create_logical_replication_slot('it_left_behind', 'pgoutput')");
        try {
            ProbeResult postgres = runOnce(stack.endpoints()).result(LabService.POSTGRES).orElseThrow();
            assertEquals(ProbeStatus.DEGRADED, postgres.status(), postgres.message());
            assertEquals("probe.postgres.slotInactive", postgres.messageKey());
            assertEquals("false", postgres.details().get("slot.it_left_behind.active"));
        } finally {
            stack.sql("SELECT pg_drop_replication_slot('it_left_behind')");
        }
    }

    @Test
    void kafkaProbeReportsTheBrokerAndTheController(LabStack stack) {
        ProbeResult kafka = runOnce(stack.endpoints()).result(LabService.KAFKA).orElseThrow();

        assertEquals(ProbeStatus.UP, kafka.status(), kafka.message());
        assertEquals("1", kafka.details().get("brokers"));
        assertEquals("1", kafka.details().get("controller"));
    }

    @Test
    void connectProbeReportsTheVersionAndEachConnectorAndTaskState(LabStack stack) {
        stack.ensureReferenceConnector();
        ProbeResult connect = runOnce(stack.endpoints()).result(LabService.CONNECT).orElseThrow();

        assertEquals(ProbeStatus.UP, connect.status(), connect.message());
        assertEquals("4.3.0", connect.details().get("version"));
        assertEquals("RUNNING", connect.details().get("connector." + LabStack.CONNECTOR));
        assertEquals("RUNNING", connect.details().get("connector." + LabStack.CONNECTOR + ".task.0"));
    }

    @Test
    void connectProbeIsDownOnceTheConnectWorkerStops(LabStack stack) {
        stack.stopConnect();
        try {
            ProbeResult connect = runOnce(stack.endpoints()).result(LabService.CONNECT).orElseThrow();
            assertEquals(ProbeStatus.DOWN, connect.status(), connect.message());
            assertEquals("probe.refused", connect.messageKey(), connect.message());
        } finally {
            stack.startConnect();
        }
        ProbeResult again = runOnce(stack.endpoints()).result(LabService.CONNECT).orElseThrow();
        assertEquals(ProbeStatus.UP, again.status(), again.message());
    }

    @Test
    void aHungEnvironmentDoesNotDelayTheRealOneAndTheRunEndsByItsDeadline(LabStack stack) throws Exception {
        try (HungListener hung = HungListener.start()) {
            LabEndpoints hungEnv = hung.endpoints("hung");
            LabTimeouts shortTimeouts = LabTimeouts.defaults().with(Duration.ofMillis(500), Duration.ofMillis(1000));
            LabHttp http = new LabHttp(LabHttp.newClient(shortTimeouts, null), shortTimeouts);
            ProbeRunner shortRunner = new ProbeRunner(executor,
                    LabProbes.standard(http, new LabConnections(shortTimeouts), Clock.systemUTC()), Clock.systemUTC());

            long start = System.nanoTime();
            List<EnvironmentHealth> run = shortRunner.run(List.of(stack.endpoints(), hungEnv), Duration.ofSeconds(4));
            long tookMs = (System.nanoTime() - start) / 1_000_000;

            assertTrue(tookMs < 4_500, "the run took " + tookMs + " ms");
            assertEquals(ProbeStatus.UP, run.get(0).result(LabService.KAFKA).orElseThrow().status());
            assertEquals(ProbeStatus.UP, run.get(0).result(LabService.CONNECT).orElseThrow().status());
            for (ProbeResult result : run.get(1).results()) {
                assertEquals(ProbeStatus.DOWN, result.status(), result.service() + ": " + result.message());
                assertEquals("probe.timeout", result.messageKey(), result.service() + ": " + result.message());
            }
        }
    }

    private static EnvironmentHealth runOnce(LabEndpoints env) {
        return runner.run(List.of(env), Duration.ofSeconds(20)).get(0);
    }
}
