package dev.courseportal.lab.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabTimeouts;
import dev.courseportal.lab.stack.Await;
import dev.courseportal.lab.stack.LabStack;
import dev.courseportal.lab.stack.LabStackExtension;

/**
 * Every check kind made to pass and made to fail through a real CDC flow: the reference
 * connector registered over Connect's REST API, rows inserted into inventory.customers and
 * their change events read back from Kafka. Only {@code schema-subject} and the Grafana
 * {@code http-status} case go to stand-in HTTP servers (no schema registry or Grafana here).
 */
@ExtendWith(LabStackExtension.class)
class LabChecksIT {

    private static final LabTimeouts TIMEOUTS = LabTimeouts.defaults().withEventWait(Duration.ofSeconds(10));
    private static LabCheckRunner runner;
    private LabEndpoints env;

    @BeforeAll
    static void createRunner() {
        LabHttp http = new LabHttp(LabHttp.newClient(TIMEOUTS, null), TIMEOUTS);
        runner = new LabCheckRunner(http, new LabConnections(TIMEOUTS), Clock.systemUTC());
    }

    @BeforeEach
    void referenceConnectorStreaming(LabStack stack) {
        stack.ensureReferenceConnector();
        env = stack.endpoints();
    }

    @Test
    void connectorState() {
        assertPasses("connector-state", Map.of("connector", LabStack.CONNECTOR));
        CheckOutcome paused = assertFails("connector-state", Map.of("connector", LabStack.CONNECTOR, "state", "PAUSED"));
        assertTrue(paused.observed().startsWith("RUNNING"), paused.observed());
        CheckOutcome missing = assertFails("connector-state", Map.of("connector", "no-such-connector"));
        assertEquals("check.connector.notFound", missing.messageKey());
    }

    @Test
    void topicExists() {
        assertPasses("topic-exists", Map.of("topic", LabStack.CUSTOMERS_TOPIC));
        assertEquals("check.topic.absent", assertFails("topic-exists", Map.of("topic", "lab.inventory.nothing")).messageKey());
    }

    @Test
    void topicHasEventForAnInsertedRowButNoDeleteOfIt(LabStack stack) {
        String email = "it-" + UUID.randomUUID() + "@example.com";
        long insertedAt = System.nanoTime();
        stack.sql("INSERT INTO inventory.customers (first_name, last_name, email) VALUES ('Ivan', 'Testov', '" + email + "')");

        Map<String, String> created = Map.of("topic", LabStack.CUSTOMERS_TOPIC, "op", "c", "valueContains", email);
        CheckOutcome passed = Await.until("the insert's change event", Duration.ofSeconds(30), () -> {
            CheckOutcome outcome = run("topic-has-event", created);
            return outcome.passed() ? outcome : null;
        });
        assertEquals("check.event.found", passed.messageKey());
        System.out.printf("[lab-it] INSERT to a passing topic-has-event check: %d ms (last check run %d ms)%n",
                (System.nanoTime() - insertedAt) / 1_000_000, passed.durationMs());

        CheckOutcome deleted = assertFails("topic-has-event",
                Map.of("topic", LabStack.CUSTOMERS_TOPIC, "op", "d", "valueContains", email));
        assertEquals("check.event.notFound", deleted.messageKey());
        assertPasses("topic-has-event", Map.of("topic", LabStack.CUSTOMERS_TOPIC, "op", "r",
                "valueContains", "anna.ivanova@example.com", "keyContains", "\"id\":1"));
        assertEquals("check.topic.absent",
                assertFails("topic-has-event", Map.of("topic", "lab.inventory.nothing", "op", "c")).messageKey());
    }

    @Test
    void replicationSlot() {
        assertPasses("replication-slot", Map.of("slot", LabStack.SLOT, "active", "true"));
        assertEquals("check.slot.state",
                assertFails("replication-slot", Map.of("slot", LabStack.SLOT, "active", "false")).messageKey());
        assertEquals("check.slot.absent", assertFails("replication-slot", Map.of("slot", "no_such_slot")).messageKey());
    }

    @Test
    void publication(LabStack stack) {
        assertPasses("publication", Map.of("publication", LabStack.PUBLICATION, "table", "inventory.customers"));

        assertEquals("check.publication.absent", assertFails("publication", Map.of("publication", "it_products_pub")).messageKey());
        stack.sql("CREATE PUBLICATION it_products_pub FOR TABLE inventory.products");
        try {
            assertPasses("publication", Map.of("publication", "it_products_pub", "table", "inventory.products"));
            assertEquals("check.publication.tableMissing",
                    assertFails("publication", Map.of("publication", "it_products_pub", "table", "inventory.orders")).messageKey());
        } finally {
            stack.sql("DROP PUBLICATION it_products_pub");
        }
    }

    @Test
    void replicaIdentityAfterAlterTable(LabStack stack) {
        Map<String, String> full = Map.of("table", "inventory.orders", "identity", "FULL");
        CheckOutcome before = assertFails("replica-identity", full);
        assertEquals("DEFAULT", before.observed());

        stack.sql("ALTER TABLE inventory.orders REPLICA IDENTITY FULL");

        assertPasses("replica-identity", full);
        assertPasses("replica-identity", Map.of("table", "inventory.products", "identity", "default"));
        assertEquals("check.identity.tableMissing",
                assertFails("replica-identity", Map.of("table", "inventory.nothing", "identity", "FULL")).messageKey());
    }

    @Test
    void sqlReturns() {
        String anna = "SELECT count(*) FROM inventory.customers WHERE email = 'anna.ivanova@example.com'";
        assertPasses("sql-returns", Map.of("sql", anna, "expected", "1"));
        assertEquals("1", assertFails("sql-returns", Map.of("sql", anna, "expected", "2")).observed());
        assertPasses("sql-returns", Map.of("sql", "SELECT setting = 'logical' FROM pg_settings WHERE name = 'wal_level';",
                "expected", "true"));
        // Read only: a query that would write fails instead of changing the lab.
        CheckOutcome writes = assertFails("sql-returns",
                Map.of("sql", "SELECT nextval('inventory.customers_id_seq')", "expected", "100"));
        assertEquals("check.sql.failed", writes.messageKey());
        assertEquals("check.badParam",
                assertFails("sql-returns", Map.of("sql", "DELETE FROM inventory.customers", "expected", "0")).messageKey());
    }

    @Test
    void schemaSubjectAgainstTheSchemaRegistryStandIn() {
        String subject = LabStack.standInSubject();
        assertPasses("schema-subject", Map.of("subject", subject, "minVersions", "2"));
        assertEquals("check.subject.versions",
                assertFails("schema-subject", Map.of("subject", subject, "minVersions", "3")).messageKey());
        assertEquals("check.subject.absent",
                assertFails("schema-subject", Map.of("subject", "lab.inventory.orders-value")).messageKey());
    }

    @Test
    void httpStatusOnRealConnectAndTheGrafanaStandIn() {
        assertPasses("http-status", Map.of("service", "connect", "path", "/connectors"));
        assertEquals("HTTP 404", assertFails("http-status", Map.of("service", "connect", "path", "/no-such-path")).observed());
        assertPasses("http-status", Map.of("service", "grafana", "path", "/api/health"));
        assertEquals("check.badParam",
                assertFails("http-status", Map.of("service", "connect", "path", "//evil.example.com/")).messageKey());
        assertEquals("check.badParam",
                assertFails("http-status", Map.of("service", "postgres", "path", "/")).messageKey());
    }

    private CheckOutcome run(String kind, Map<String, String> params) {
        return runner.run(env, new LabCheck(kind, params, "hint for " + kind));
    }

    private void assertPasses(String kind, Map<String, String> params) {
        CheckOutcome outcome = run(kind, params);
        assertTrue(outcome.passed(), kind + " " + params + ": " + outcome.message() + " / observed " + outcome.observed());
    }

    private CheckOutcome assertFails(String kind, Map<String, String> params) {
        CheckOutcome outcome = run(kind, params);
        assertFalse(outcome.passed(), kind + " " + params + " passed: " + outcome.observed());
        assertEquals("hint for " + kind, outcome.hint());
        return outcome;
    }
}
