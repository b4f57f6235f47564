package dev.courseportal.content.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.courseportal.content.CodeBlock;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates a Kafka Connect connector configuration, bare or as a {@code {"name": ..., "config": {...}}} request body,
 * with the real definitions: Kafka Connect's for every connector, the connector class's own (Debezium's
 * {@code PostgresConnectorConfig} for the PostgreSQL connector), and each SMT's, predicate's and converter's. No
 * database is needed: this is the static half of {@code PUT /connector-plugins/{plugin}/config/validate}, plus a check
 * that Connect leaves out (a property nobody defines is a typo, which Connect would silently ignore).
 */
final class ConnectorConfigChecker {
    private static final Set<String> REQUEST_FIELDS = Set.of("name", "config", "initial_state");
    private static final Set<String> INITIAL_STATES = Set.of("RUNNING", "PAUSED", "STOPPED");
    private static final Map<String, String> CONNECTOR_ALIASES = Map.of(
            "PostgresConnector", PostgresConnectorRules.CONNECTOR_CLASS,
            "Postgres", PostgresConnectorRules.CONNECTOR_CLASS);

    private final PostgresConnectorRules postgres = new PostgresConnectorRules();

    /** Whether a parsed JSON block is a connector configuration (has {@code connector.class}, bare or in config). */
    static boolean isConnectorConfig(JsonNode root) {
        return root.isObject() && (root.has(ConnectorConfig.CONNECTOR_CLASS_CONFIG)
                || (root.path("config").isObject() && root.path("config").has(ConnectorConfig.CONNECTOR_CLASS_CONFIG)));
    }

    Verdict check(CodeBlock block, JsonNode root) {
        boolean bare = root.has(ConnectorConfig.CONNECTOR_CLASS_CONFIG);
        JsonNode configNode = bare ? root : root.get("config");
        Map<String, String> properties = new LinkedHashMap<>();
        int firstConfigLine = bare ? 0 : configLine(block.code());
        ConfigUnderTest probe = new ConfigUnderTest(Map.of(), block.code(), block.line(), firstConfigLine);
        for (Iterator<Map.Entry<String, JsonNode>> it = configNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            if (value.isValueNode() && !value.isNull()) {
                properties.put(entry.getKey(), value.asText());
            } else {
                probe.problem(entry.getKey(), "'" + entry.getKey() + "' must be a string, number or boolean "
                        + "(Kafka Connect configurations are maps of strings)");
            }
        }
        ConfigUnderTest config = new ConfigUnderTest(properties, block.code(), block.line(), firstConfigLine);
        probe.issues().forEach(config::add);
        if (!bare) {
            checkRequestBody(root, config);
        }
        String className = properties.get(ConnectorConfig.CONNECTOR_CLASS_CONFIG).trim();
        PluginCatalog.Resolution connector = PluginCatalog.resolve(
                CONNECTOR_ALIASES.getOrDefault(className, className), Connector.class);
        if (!connector.found()) {
            config.problem(ConnectorConfig.CONNECTOR_CLASS_CONFIG, connector.error() + " (the gate knows the "
                    + "Debezium 3.6.1.Final PostgreSQL connector and Kafka 4.3.0's own connectors)");
            return Verdict.of(config.issues());
        }
        boolean source = SourceConnector.class.isAssignableFrom(connector.type());
        if (!source && !SinkConnector.class.isAssignableFrom(connector.type())) {
            config.problem(ConnectorConfig.CONNECTOR_CLASS_CONFIG, className + " is neither a source nor a sink "
                    + "connector");
            return Verdict.of(config.issues());
        }
        ConnectLevelRules connect = new ConnectLevelRules(source);
        ConnectorRules own = connector.type().getName().equals(PostgresConnectorRules.CONNECTOR_CLASS)
                ? postgres : new GenericConnectorRules(connector.type());
        PluginChainRules plugins = new PluginChainRules();
        for (String key : properties.keySet()) {
            if (!connect.knows(key) && !own.knows(key, config) && !PluginChainRules.knows(key)) {
                Set<String> candidates = new TreeSet<>(own.names());
                candidates.addAll(connect.names());
                config.problem(key, "unknown property '" + key + "'" + Names.didYouMean(key, candidates));
            }
        }
        connect.validate(config);
        own.validate(config);
        plugins.validate(config);
        return Verdict.of(config.issues()).markedIfPassed(plugins.markReason());
    }

    /** The index of the block line that opens the request body's {@code "config"} object. */
    private static int configLine(String code) {
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches(".*\"config\"\\s*:.*")) {
                return i;
            }
        }
        return 0;
    }

    /** The body of {@code POST /connectors}: a name, the config, optionally the initial state (Connect 3.5+). */
    private static void checkRequestBody(JsonNode root, ConfigUnderTest config) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!REQUEST_FIELDS.contains(field)) {
                config.problem(field, "unknown field '" + field + "' in a connector request body (Kafka Connect "
                        + "accepts " + String.join(", ", new TreeSet<>(REQUEST_FIELDS)) + ")");
            }
        }
        JsonNode name = root.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            config.problem(null, "a connector request body needs a \"name\"");
        } else if (config.has(ConnectorConfig.NAME_CONFIG) && !config.get(ConnectorConfig.NAME_CONFIG)
                .equals(name.asText())) {
            config.problem(ConnectorConfig.NAME_CONFIG, "config name '" + config.get(ConnectorConfig.NAME_CONFIG)
                    + "' differs from the request's name '" + name.asText() + "' (Kafka Connect rejects it)");
        }
        JsonNode state = root.get("initial_state");
        if (state != null && !INITIAL_STATES.contains(state.asText())) {
            config.problem("initial_state", "initial_state must be one of " + new TreeSet<>(INITIAL_STATES));
        }
    }
}
