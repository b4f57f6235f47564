package dev.courseportal.lab.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabTimeouts;

/**
 * A lab whose services accept TCP connections and never answer: every probe is DOWN with
 * "no answer within N ms", each within its own timeouts, and the run within its deadline.
 */
class HungServiceTest {

    private static final LabTimeouts TIMEOUTS = LabTimeouts.defaults().with(Duration.ofMillis(500), Duration.ofMillis(1000));
    private final ExecutorService executor = Executors.newFixedThreadPool(7);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void everyProbeOfAHungLabIsDownWithNoAnswerWithinItsTimeout() throws Exception {
        try (HungListener hung = HungListener.start()) {
            LabHttp http = new LabHttp(LabHttp.newClient(TIMEOUTS, null), TIMEOUTS);
            ProbeRunner runner = new ProbeRunner(executor,
                    LabProbes.standard(http, new LabConnections(TIMEOUTS), Clock.systemUTC()), Clock.systemUTC());

            long start = System.nanoTime();
            EnvironmentHealth health = runner.run(List.of(hung.endpoints("hung")), Duration.ofSeconds(10)).get(0);
            long tookMs = (System.nanoTime() - start) / 1_000_000;

            for (ProbeResult result : health.results()) {
                assertEquals(ProbeStatus.DOWN, result.status(), result.service() + ": " + result.message());
                assertEquals("probe.timeout", result.messageKey(), result.service() + ": " + result.message());
                assertTrue(result.message().matches("no answer within \\d+ ms"), result.message());
                // Each probe ends within its own bound (connect + read, JDBC rounded up to seconds), plus slack.
                assertTrue(result.latencyMs() < 3_500, result.service() + " took " + result.latencyMs() + " ms");
            }
            assertEquals("no answer within 1000 ms", health.result(dev.courseportal.lab.environment.LabService.CONNECT)
                    .orElseThrow().message());
            assertTrue(tookMs < 4_000, "the run took " + tookMs + " ms");
        }
    }
}
