package dev.courseportal.lab.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabTimeouts;
import dev.courseportal.lab.environment.TestHttpServer;

/** What the HTTP probes make of answers a healthy lab does not give. */
class HttpProbesTest {

    private final LabTimeouts timeouts = LabTimeouts.defaults().with(Duration.ofSeconds(1), Duration.ofSeconds(2));
    private final LabHttp http = new LabHttp(LabHttp.newClient(timeouts, null), timeouts);
    private final Clock clock = Clock.systemUTC();
    private final TestHttpServer server = TestHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void connectWithAFailedTaskIsDegradedAndSaysWhichTaskAndWhy() {
        server.answer("/", 200, "{\"version\":\"4.3.0\",\"commit\":\"x\",\"kafka_cluster_id\":\"abc\"}")
                .answer("/connectors", 200, """
                        {"inventory-connector":{"status":{"name":"inventory-connector",
                          "connector":{"state":"RUNNING","worker_id":"w"},
                          "tasks":[{"id":0,"state":"FAILED","worker_id":"w",
                                    "trace":"io.debezium.DebeziumException: Creation of replication slot failed\\n\\tat x"}],
                          "type":"source"}}}""");

        ProbeResult result = new ConnectProbe(http, clock).probe(server.endpoints());

        assertEquals(ProbeStatus.DEGRADED, result.status());
        assertEquals("probe.connect.failed", result.messageKey());
        assertEquals("connector inventory-connector task 0", result.messageArgs().get(0));
        assertEquals("io.debezium.DebeziumException: Creation of replication slot failed", result.messageArgs().get(1));
        assertEquals("FAILED", result.details().get("connector.inventory-connector.task.0"));
    }

    @Test
    void connectAnsweringAnErrorStatusIsDegraded() {
        server.answer("/", 500, "{\"error_code\":500}");
        ProbeResult result = new ConnectProbe(http, clock).probe(server.endpoints());
        assertEquals(ProbeStatus.DEGRADED, result.status());
        assertEquals("probe.httpStatus", result.messageKey());
    }

    @Test
    void aServiceAnsweringSomethingThatIsNotJsonIsDegraded() {
        server.answer("/subjects", 200, "<html>proxy login</html>");
        ProbeResult result = new SchemaRegistryProbe(http, clock).probe(server.endpoints());
        assertEquals(ProbeStatus.DEGRADED, result.status());
        assertEquals("probe.badResponse", result.messageKey());
    }

    @Test
    void prometheusWithATargetDownIsDegraded() {
        server.answer("/-/ready", 200, "Prometheus Server is Ready.")
                .answer("/api/v1/targets", 200, """
                        {"status":"success","data":{"activeTargets":[
                          {"labels":{"job":"connect","instance":"connect:9404"},"health":"down","lastError":"connection refused"},
                          {"labels":{"job":"prometheus","instance":"localhost:9090"},"health":"up","lastError":""}]}}""");

        ProbeResult result = new PrometheusProbe(http, clock).probe(server.endpoints());

        assertEquals(ProbeStatus.DEGRADED, result.status());
        assertEquals("1 of 2 target(s) down: connect/connect:9404", result.message());
        assertEquals("connection refused", result.details().get("target.connect/connect:9404.lastError"));
    }

    @Test
    void prometheusNotReadyIsDegraded() {
        server.answer("/-/ready", 503, "Service Unavailable");
        ProbeResult result = new PrometheusProbe(http, clock).probe(server.endpoints());
        assertEquals(ProbeStatus.DEGRADED, result.status());
        assertEquals("probe.prometheus.notReady", result.messageKey());
    }

    @Test
    void grafanaWithoutItsDatabaseIsDegraded() {
        server.answer("/api/health", 503, "{\"database\":\"failing\",\"version\":\"12.0.0\"}");
        assertEquals(ProbeStatus.DEGRADED, new GrafanaProbe(http, clock).probe(server.endpoints()).status());
        server.answer("/api/health", 200, "{\"database\":\"failing\",\"version\":\"12.0.0\"}");
        ProbeResult result = new GrafanaProbe(http, clock).probe(server.endpoints());
        assertEquals("probe.grafana.database", result.messageKey());
    }

    @Test
    void jupyterRefusingTheTokenIsDegradedAndWithoutATokenOnlyItsVersionIsAsked() {
        server.answer("/api/status", 403, "{\"message\":\"Forbidden\"}").answer("/api", 200, "{\"version\":\"2.15.0\"}");
        ProbeResult refused = new JupyterProbe(http, clock).probe(server.endpoints());
        assertEquals(ProbeStatus.DEGRADED, refused.status());
        assertEquals("probe.jupyter.auth", refused.messageKey());

        ProbeResult noToken = new JupyterProbe(http, clock)
                .probe(server.endpoints().toBuilder().jupyter(server.url(), null).build());
        assertEquals(ProbeStatus.UP, noToken.status());
        assertEquals("2.15.0", noToken.details().get("version"));
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.redirect("/api/health", "http://169.254.169.254/latest/meta-data/");
        ProbeResult result = new GrafanaProbe(http, clock).probe(server.endpoints());
        assertEquals(ProbeStatus.DEGRADED, result.status());
        assertEquals("302", result.details().get("status"));
    }

    @Test
    void resultsCarryTimingAndNeverThrowForAServiceThatIsNotThere() {
        ProbeResult result = new KafkaProbe(new dev.courseportal.lab.environment.LabConnections(timeouts), clock)
                .probe(server.endpoints());
        assertEquals(ProbeStatus.DOWN, result.status());
        assertEquals("probe.refused", result.messageKey());
        assertTrue(result.latencyMs() >= 0);
    }
}
