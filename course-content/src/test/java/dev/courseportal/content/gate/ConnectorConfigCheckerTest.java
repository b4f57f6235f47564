package dev.courseportal.content.gate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.courseportal.content.gate.GateTestSupport.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connector configurations against the real Debezium 3.6.1 and Kafka Connect 4.3 definitions. */
class ConnectorConfigCheckerTest {
    /** The lab's reference connector (lab-ops/compose/README.md), one property a line from line 12 on. */
    static final String REFERENCE = """
            {
              "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
              "database.hostname": "postgres",
              "database.port": "5432",
              "database.user": "debezium",
              "database.password": "dbz",
              "database.dbname": "inventory",
              "topic.prefix": "lab",
              "plugin.name": "pgoutput",
              "slot.name": "inventory_slot",
              "publication.name": "inventory_pub",
              "signal.data.collection": "inventory.debezium_signal"%s
            }
            """;

    private final JsonBlockChecker checker = new JsonBlockChecker();

    private static String config(String... extraLines) {
        StringBuilder extra = new StringBuilder();
        for (String line : extraLines) {
            extra.append(",\n  ").append(line);
        }
        return REFERENCE.formatted(extra);
    }

    private Verdict check(String json) {
        return checker.check(block("json", json));
    }

    private static List<String> messages(Verdict verdict) {
        return verdict.issues().stream().map(issue -> issue.line() + ": " + issue.message()).toList();
    }

    @Test
    void theReferenceConnectorPasses() {
        assertEquals(BlockKind.CONNECTOR_CONFIG, checker.kindOf(block("json", config())));
        assertEquals(Outcome.CHECKED, check(config()).outcome(), () -> messages(check(config())).toString());
    }

    @Test
    void asARequestBodyWithTransformsPredicatesAndConvertersItPasses() {
        String body = """
                {
                  "name": "inventory-connector",
                  "config": %s
                }
                """.formatted(config(
                "\"tasks.max\": 1",
                "\"snapshot.mode\": \"when_needed\"",
                "\"column.mask.with.12.chars\": \"inventory.customers.phone\"",
                "\"column.mask.hash.v2.SHA-256.with.salt.pepper\": \"inventory.customers.email\"",
                "\"driver.socketTimeout\": \"30\"",
                "\"producer.override.linger.ms\": \"50\"",
                "\"topic.creation.default.replication.factor\": \"1\"",
                "\"topic.creation.default.partitions\": \"3\"",
                "\"topic.creation.default.cleanup.policy\": \"compact\"",
                "\"transforms\": \"unwrap,route\"",
                "\"transforms.unwrap.type\": \"io.debezium.transforms.ExtractNewRecordState\"",
                "\"transforms.unwrap.delete.tombstone.handling.mode\": \"rewrite\"",
                "\"transforms.unwrap.add.fields\": \"op,source.ts_ms\"",
                "\"transforms.route.type\": \"org.apache.kafka.connect.transforms.RegexRouter\"",
                "\"transforms.route.regex\": \"lab\\\\.inventory\\\\.(.*)\"",
                "\"transforms.route.replacement\": \"cdc.$1\"",
                "\"transforms.route.predicate\": \"isOrders\"",
                "\"predicates\": \"isOrders\"",
                "\"predicates.isOrders.type\": \"org.apache.kafka.connect.transforms.predicates.TopicNameMatches\"",
                "\"predicates.isOrders.pattern\": \"lab\\\\.inventory\\\\.orders\"",
                "\"key.converter\": \"org.apache.kafka.connect.json.JsonConverter\"",
                "\"key.converter.schemas.enable\": \"false\"",
                "\"key.converter.plugin.version\": \"4.3.0\"",
                "\"errors.tolerance\": \"none\""));
        Verdict verdict = check(body);
        assertEquals(Outcome.CHECKED, verdict.outcome(), () -> messages(verdict).toString());
    }

    @Test
    void aMisspelledSlotNameIsUnknownAndTheRightNameIsSuggested() {
        Verdict verdict = check(config("\"slot.nmae\": \"inventory_slot\""));
        assertEquals(List.of("23: unknown property 'slot.nmae' (did you mean 'slot.name'?)"), messages(verdict));
    }

    @Test
    void anInvalidSnapshotModeIsRejectedByDebezium() {
        List<String> messages = messages(check(config("\"snapshot.mode\": \"sometimes\"")));
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("23: Debezium: 'snapshot.mode' = 'sometimes': "), messages::toString);
        assertTrue(messages.get(0).contains("initial"), messages::toString);
    }

    @Test
    void aMisspelledPluginNameIsRejected() {
        List<String> messages = messages(check(config().replace("\"pgoutput\"", "\"pgouput\"")));
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("19: Debezium: 'plugin.name' = 'pgouput'"), messages::toString);
    }

    @Test
    void aMissingRequiredPropertyIsReported() {
        List<String> messages = messages(check(config().replace("  \"database.hostname\": \"postgres\",\n", "")));
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains("'database.hostname' (not set)"), messages::toString);
    }

    @Test
    void anSmtClassThatDoesNotExistIsReported() {
        List<String> messages = messages(check(config("\"transforms\": \"unwrap\"",
                "\"transforms.unwrap.type\": \"io.debezium.transforms.ExtractNewState\"")));
        assertEquals(List.of("24: class io.debezium.transforms.ExtractNewState is not on the pinned class path"),
                messages);
    }

    @Test
    void theScriptingSmtsSayWhyTheyAreMissing() {
        List<String> messages = messages(check(config("\"transforms\": \"filter\"",
                "\"transforms.filter.type\": \"io.debezium.transforms.Filter\"")));
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains("only up to 3.5.0.Final"), messages::toString);
    }

    @Test
    void anSmtPropertyTheSmtDoesNotDefineIsReported() {
        // drop.tombstones was removed from ExtractNewRecordState in Debezium 3.0.
        List<String> messages = messages(check(config("\"transforms\": \"unwrap\"",
                "\"transforms.unwrap.type\": \"io.debezium.transforms.ExtractNewRecordState\"",
                "\"transforms.unwrap.drop.tombstones\": \"false\"")));
        assertEquals(List.of("25: io.debezium.transforms.ExtractNewRecordState has no property 'drop.tombstones'"),
                messages);
    }

    @Test
    void anSmtValueItsDefinitionRejectsIsReported() {
        List<String> messages = messages(check(config("\"transforms\": \"unwrap\"",
                "\"transforms.unwrap.type\": \"io.debezium.transforms.ExtractNewRecordState\"",
                "\"transforms.unwrap.delete.tombstone.handling.mode\": \"rewrite-everything\"")));
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("25: ExtractNewRecordState: "), messages::toString);
    }

    @Test
    void transformsAndPredicatesMustBeListedAndTyped() {
        List<String> messages = messages(check(config("\"transforms\": \"route\"",
                "\"transforms.route.type\": \"org.apache.kafka.connect.transforms.RegexRouter\"",
                "\"transforms.route.regex\": \"x\"",
                "\"transforms.route.replacement\": \"y\"",
                "\"transforms.route.predicate\": \"isOrders\"",
                "\"transforms.unwarp.type\": \"io.debezium.transforms.ExtractNewRecordState\"")));
        assertEquals(List.of("27: predicate 'isOrders' is not listed in predicates",
                "28: 'unwarp' is not listed in transforms"), messages);
    }

    @Test
    void converterSettingsWithoutTheConverterHaveNoEffect() {
        List<String> messages = messages(check(config("\"value.converter.schemas.enable\": \"false\"")));
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains("has no effect without value.converter"), messages::toString);
    }

    @Test
    void aConverterPropertyTheConverterDoesNotDefineIsReported() {
        List<String> messages = messages(check(config(
                "\"value.converter\": \"org.apache.kafka.connect.json.JsonConverter\"",
                "\"value.converter.schema.enable\": \"false\"")));
        assertEquals(List.of("24: org.apache.kafka.connect.json.JsonConverter has no property 'schema.enable' "
                + "(did you mean 'schemas.enable'?)"), messages);
    }

    @Test
    void aKnownThirdPartyConverterIsMarkedNotPassed() {
        Verdict verdict = check(config("\"value.converter\": \"io.confluent.connect.avro.AvroConverter\"",
                "\"value.converter.schema.registry.url\": \"http://schema-registry:8081\""));
        assertEquals(Outcome.MARKED, verdict.outcome());
        assertTrue(verdict.markReason().contains("Confluent"), verdict.markReason());
    }

    @Test
    void anUnknownConverterClassFails() {
        List<String> messages = messages(check(config(
                "\"value.converter\": \"com.example.MadeUpConverter\"")));
        assertEquals(List.of("23: class com.example.MadeUpConverter is not on the pinned class path"), messages);
    }

    @Test
    void connectLevelFamiliesAreChecked() {
        List<String> messages = messages(check(config("\"producer.override.lingerms\": \"5\"",
                "\"topic.creation.default.partitions\": \"3\"",
                "\"topic.creation.default.retention.mss\": \"1000\"",
                "\"errors.tolerance\": \"some\"",
                "\"driver.sockettimeout\": \"30\"")));
        assertEquals(5, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("10: topic creation needs topic.creation.default.replication.factor"),
                messages::toString);
        assertTrue(messages.get(1).startsWith("23: unknown client setting 'lingerms' after producer.override."),
                messages::toString);
        assertTrue(messages.get(2).startsWith("25: unknown topic creation setting 'retention.mss' (did you mean "
                + "'retention.ms'?)"), messages::toString);
        assertTrue(messages.get(3).startsWith("26: Kafka Connect: "), messages::toString);
        assertTrue(messages.get(4).startsWith("27: the PostgreSQL JDBC driver has no property 'sockettimeout' (did "
                + "you mean 'socketTimeout'?)"), messages::toString);
    }

    @Test
    void aRequestBodyMustNameTheConnectorConsistently() {
        String body = """
                {
                  "name": "inventory-connector",
                  "config": {
                    "name": "orders-connector",
                    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
                    "database.hostname": "postgres",
                    "database.user": "debezium",
                    "database.dbname": "inventory",
                    "topic.prefix": "lab"
                  },
                  "state": "RUNNING"
                }
                """;
        assertEquals(List.of("14: config name 'orders-connector' differs from the request's name "
                        + "'inventory-connector' (Kafka Connect rejects it)",
                "21: unknown field 'state' in a connector request body (Kafka Connect accepts config, initial_state, "
                        + "name)"),
                messages(check(body)));
    }

    @Test
    void invalidJsonPointsAtItsLine() {
        Verdict verdict = check("{\n  \"a\": 1,\n  \"b\": 2,\n}\n");
        assertEquals(1, verdict.issues().size());
        assertEquals(14, verdict.issues().get(0).line());
        assertTrue(verdict.issues().get(0).message().startsWith("invalid JSON"));
    }

    @Test
    void duplicateKeysAreAnError() {
        Verdict verdict = check(config("\"slot.name\": \"other_slot\""));
        assertEquals(Outcome.FAILED, verdict.outcome());
        assertTrue(verdict.issues().get(0).message().contains("Duplicate field 'slot.name'"),
                verdict.issues().toString());
    }

    @Test
    void plainJsonIsOnlyParsed() {
        Verdict verdict = check("{\"name\": \"inventory-connector\", \"connector\": {\"state\": \"RUNNING\"}}");
        assertEquals(Outcome.CHECKED, verdict.outcome());
        assertEquals(BlockKind.JSON, checker.kindOf(block("json", "[1, 2]")));
    }
}
