package dev.courseportal.lab.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;

class ProbeRunnerTest {

    /** A probe that takes as long as told, or throws what it is told to. */
    private static final class ScriptedProbe extends Probe {
        private final long sleepMs;
        private final RuntimeException failure;

        ScriptedProbe(LabService service, long sleepMs, RuntimeException failure) {
            super(service, Clock.systemUTC());
            this.sleepMs = sleepMs;
            this.failure = failure;
        }

        @Override
        protected Finding examine(LabEndpoints env) throws Exception {
            Thread.sleep(sleepMs);
            if (failure != null) {
                throw failure;
            }
            return Finding.up(LabMessage.of("probe.grafana.up", env.name(), "ok"), Map.of());
        }

        @Override
        protected String target(LabEndpoints env) {
            return "scripted";
        }

        @Override
        protected long timeoutMillis() {
            return 1;
        }
    }

    @Test
    void aProbeStillRunningAtTheDeadlineIsDownAndTheRunReturnsOnTime() {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            ProbeRunner runner = new ProbeRunner(executor, List.of(
                    new ScriptedProbe(LabService.GRAFANA, 10, null),
                    new ScriptedProbe(LabService.JUPYTER, 60_000, null)), Clock.systemUTC());

            long start = System.nanoTime();
            List<EnvironmentHealth> run = runner.run(List.of(LabEndpoints.local(),
                    LabEndpoints.local().toBuilder().name("second").build()), Duration.ofMillis(300));
            long tookMs = (System.nanoTime() - start) / 1_000_000;

            assertTrue(tookMs < 1_000, "took " + tookMs + " ms");
            assertEquals(List.of("local", "second"), run.stream().map(EnvironmentHealth::environment).toList());
            for (EnvironmentHealth health : run) {
                assertEquals(ProbeStatus.UP, health.result(LabService.GRAFANA).orElseThrow().status());
                ProbeResult hung = health.result(LabService.JUPYTER).orElseThrow();
                assertEquals(ProbeStatus.DOWN, hung.status());
                assertEquals("probe.deadline", hung.messageKey());
                assertEquals(ProbeStatus.DOWN, health.status());
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aProbeThatThrowsIsDownNotAnException() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            ProbeRunner runner = new ProbeRunner(executor,
                    List.of(new ScriptedProbe(LabService.CONNECT, 0, new IllegalStateException("boom"))), Clock.systemUTC());
            ProbeResult result = runner.run(List.of(LabEndpoints.local()), Duration.ofSeconds(5)).get(0).results().get(0);
            assertEquals(ProbeStatus.DOWN, result.status());
            assertEquals("probe.unreachable", result.messageKey());
            assertEquals(List.of("scripted", "boom"), result.messageArgs());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aProbeTheExecutorRefusesIsDown() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown();
        ProbeRunner runner = new ProbeRunner(executor,
                List.of(new ScriptedProbe(LabService.GRAFANA, 0, null)), Clock.systemUTC());
        ProbeResult result = runner.run(List.of(LabEndpoints.local()), Duration.ofSeconds(1)).get(0).results().get(0);
        assertEquals(ProbeStatus.DOWN, result.status());
        assertEquals("probe.rejected", result.messageKey());
    }

    @Test
    void detailsKeepTheirOrderAndResultsAreImmutable() {
        ProbeResult result = ProbeResult.of(LabService.KAFKA, ProbeStatus.UP, 3, Clock.systemUTC().instant(),
                LabMessage.of("probe.kafka.up", 1, 1), new java.util.LinkedHashMap<>(Map.of("b", "2")));
        assertEquals("1 broker(s), controller 1", result.message());
        assertEquals(ProbeStatus.DEGRADED, ProbeStatus.UP.worst(ProbeStatus.DEGRADED));
        assertEquals(ProbeStatus.DOWN, ProbeStatus.DOWN.worst(ProbeStatus.UP));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> result.details().put("x", "y"));
    }
}
