package dev.courseportal.lab.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabTimeouts;
import dev.courseportal.lab.environment.TestHttpServer;

/** The runner's contract without a lab: every check ends as an outcome; the HTTP kinds against a test server. */
class LabCheckRunnerTest {

    private final LabTimeouts timeouts = LabTimeouts.defaults().with(Duration.ofMillis(500), Duration.ofSeconds(1));
    private final LabCheckRunner runner = new LabCheckRunner(new LabHttp(LabHttp.newClient(timeouts, null), timeouts),
            new LabConnections(timeouts), Clock.systemUTC());
    private final TestHttpServer server = TestHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void knowsTheKindsOfTheAuthoringFormat() {
        assertEquals(Set.of("connector-state", "topic-exists", "topic-has-event", "replication-slot", "publication",
                "replica-identity", "sql-returns", "schema-subject", "http-status"), runner.kinds());
    }

    @Test
    void anUnknownKindOrAMissingParameterIsAFailedOutcomeWithTheHint() {
        CheckOutcome unknown = runner.run(server.endpoints(), new LabCheck("slot-exists", Map.of(), "Проверьте слот"));
        assertFalse(unknown.passed());
        assertEquals("check.unknownKind", unknown.messageKey());
        assertEquals("Проверьте слот", unknown.hint());

        CheckOutcome missing = runner.run(server.endpoints(), new LabCheck("replication-slot", Map.of(), ""));
        assertEquals("check.missingParam", missing.messageKey());
        assertEquals(List.of("slot"), missing.messageArgs());
    }

    @Test
    void anUnreachableLabIsAFailedOutcomeNotAnException() {
        CheckOutcome slot = runner.run(server.endpoints(), new LabCheck("replication-slot", Map.of("slot", "s"), "hint"));
        assertFalse(slot.passed());
        assertTrue(slot.messageKey().startsWith("probe."), slot.messageKey());
        CheckOutcome topic = runner.run(server.endpoints(), new LabCheck("topic-exists", Map.of("topic", "t"), "hint"));
        assertEquals("probe.refused", topic.messageKey());
    }

    @Test
    void connectorStateNeedsTheConnectorAndEveryTaskInTheState() {
        server.answer("/connectors/inventory-connector/status", 200,
                "{\"name\":\"inventory-connector\",\"connector\":{\"state\":\"RUNNING\"},\"tasks\":[],\"type\":\"source\"}");
        CheckOutcome noTasks = run("connector-state", Map.of("connector", "inventory-connector"));
        assertFalse(noTasks.passed(), "a RUNNING connector without tasks captures nothing");
        assertEquals("RUNNING, tasks: none", noTasks.observed());

        server.answer("/connectors/inventory-connector/status", 200, """
                {"connector":{"state":"PAUSED"},"tasks":[{"id":0,"state":"PAUSED"}]}""");
        assertTrue(run("connector-state", Map.of("connector", "inventory-connector", "state", "paused")).passed());
        assertEquals("check.connector.notFound", run("connector-state", Map.of("connector", "other")).messageKey());
    }

    @Test
    void schemaSubjectCountsVersions() {
        server.answer("/subjects/lab.inventory.customers-value/versions", 200, "[1,2,3]");
        assertTrue(run("schema-subject", Map.of("subject", "lab.inventory.customers-value", "minVersions", "3")).passed());
        CheckOutcome tooFew = run("schema-subject", Map.of("subject", "lab.inventory.customers-value", "minVersions", "4"));
        assertEquals("3 version(s)", tooFew.observed());
    }

    @Test
    void httpStatusComparesTheStatusOfTheNamedService() {
        server.answer("/-/ready", 200, "ready").answer("/-/healthy", 503, "no");
        assertTrue(run("http-status", Map.of("service", "prometheus", "path", "/-/ready")).passed());
        assertTrue(run("http-status", Map.of("service", "prometheus", "path", "/-/healthy", "status", "503")).passed());
        CheckOutcome wrong = run("http-status", Map.of("service", "prometheus", "path", "/-/healthy"));
        assertEquals("HTTP 503", wrong.observed());
        assertEquals("prometheus/-/healthy answered 503; expected 200", wrong.message());
    }

    private CheckOutcome run(String kind, Map<String, String> params) {
        return runner.run(server.endpoints(), new LabCheck(kind, params, "hint"));
    }
}
