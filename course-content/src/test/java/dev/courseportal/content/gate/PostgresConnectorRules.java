package dev.courseportal.content.gate;

import io.debezium.config.CommonConnectorConfig;
import io.debezium.config.Configuration;
import io.debezium.config.Field;
import io.debezium.connector.postgresql.PostgresConnector;
import io.debezium.connector.postgresql.PostgresConnectorConfig;
import io.debezium.pipeline.signal.channels.KafkaSignalChannel;
import io.debezium.processors.spi.PostProcessor;
import io.debezium.schema.SchemaTopicNamingStrategy;
import io.debezium.spi.converter.CustomConverter;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.postgresql.PGProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Debezium PostgreSQL connector's own definitions: {@code PostgresConnectorConfig.ALL_FIELDS} and the connector's
 * {@code ConfigDef}, validated with Debezium's own validators, plus the property families Debezium itself reads:
 * masking and truncation per column, {@code driver.*} for the JDBC driver, per-table snapshot statements, custom
 * converters and post processors by name, the topic naming strategy's and the Kafka signal channel's settings.
 */
final class PostgresConnectorRules implements ConnectorRules {
    static final String CONNECTOR_CLASS = PostgresConnector.class.getName();
    private static final String DRIVER = "driver.";
    private static final String SIGNAL_CONSUMER = KafkaSignalChannel.CONFIGURATION_FIELD_PREFIX_STRING + "consumer.";
    private static final String SNAPSHOT_OVERRIDES = "snapshot.select.statement.overrides";

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final Set<String> driverProperties = Arrays.stream(PGProperty.values()).map(PGProperty::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    PostgresConnectorRules() {
        PostgresConnectorConfig.ALL_FIELDS.forEach(this::add);
        // Fields the connector reads that ALL_FIELDS leaves out (money.fraction.digits, field.name.adjustment.mode,
        // skip.messages.without.change ...). RelationalDatabaseConnectorConfig's extras are left out on purpose: they
        // belong to connectors that capture several databases or keep a schema history topic, which PostgreSQL's
        // connector does not.
        PluginCatalog.declaredDebeziumFields(PostgresConnectorConfig.class).forEach(this::add);
        PluginCatalog.declaredDebeziumFields(CommonConnectorConfig.class).forEach(this::add);
        PluginCatalog.debeziumFields(KafkaSignalChannel.class).forEach(this::add);
        new PostgresConnector().config().names().forEach(name -> fields.putIfAbsent(name, null));
        // Debezium's ColumnMappers reads this family without a Field of its own: the version-2 hashing strategy.
        patterns.add(Pattern.compile("column\\.mask\\.hash\\.v2\\.[^.]+\\.with\\.salt\\..+"));
    }

    private void add(Field field) {
        if (field.name().contains("(")) {
            // Debezium names column families with a regular expression: column.mask.with.(d+).chars.
            String regex = Pattern.quote(field.name()).replace("(d+)", "\\E\\d+\\Q")
                    .replace("([^.]+)", "\\E[^.]+\\Q").replace("(.+)", "\\E.+\\Q");
            patterns.add(Pattern.compile(regex));
        } else {
            fields.putIfAbsent(field.name(), field);
        }
    }

    @Override
    public Set<String> names() {
        return fields.keySet();
    }

    @Override
    public boolean knows(String key, ConfigUnderTest config) {
        if (fields.containsKey(key) || patterns.stream().anyMatch(p -> p.matcher(key).matches())
                || key.startsWith(DRIVER) || key.startsWith(SIGNAL_CONSUMER)
                || key.startsWith(SNAPSHOT_OVERRIDES + ".")
                || topicNamingFields(config).contains(key)) {
            return true;
        }
        return namedPrefix(key, config, CommonConnectorConfig.CUSTOM_CONVERTERS.name()) != null
                || namedPrefix(key, config, CommonConnectorConfig.CUSTOM_POST_PROCESSORS.name()) != null;
    }

    @Override
    public void validate(ConfigUnderTest config) {
        Configuration configuration = Configuration.from(config.properties());
        List<Field> toValidate = new ArrayList<>();
        PostgresConnectorConfig.ALL_FIELDS.forEach(toValidate::add);
        fields.values().stream()
                .filter(field -> field != null && config.has(field.name()) && !toValidate.contains(field))
                .forEach(toValidate::add);
        configuration.validate(toValidate, (field, value, problem) -> config.problem(
                config.has(field.name()) ? field.name() : null,
                "Debezium: " + (value == null ? "'" + field.name() + "' (not set)"
                        : "'" + field.name() + "' = '" + value + "'") + ": " + problem));
        for (String key : config.properties().keySet()) {
            if (key.startsWith(DRIVER) && !driverProperties.contains(key.substring(DRIVER.length()))) {
                String property = key.substring(DRIVER.length());
                config.problem(key, "the PostgreSQL JDBC driver has no property '" + property + "'"
                        + Names.didYouMean(property, driverProperties));
            } else if (key.startsWith(SIGNAL_CONSUMER)
                    && !ConsumerConfig.configNames().contains(key.substring(SIGNAL_CONSUMER.length()))) {
                config.problem(key, "unknown Kafka consumer setting after " + SIGNAL_CONSUMER);
            } else if (key.startsWith(SNAPSHOT_OVERRIDES + ".")
                    && !config.list(SNAPSHOT_OVERRIDES).contains(key.substring(SNAPSHOT_OVERRIDES.length() + 1))) {
                config.problem(key, "table '" + key.substring(SNAPSHOT_OVERRIDES.length() + 1) + "' is not listed in "
                        + SNAPSHOT_OVERRIDES);
            }
        }
        checkNamedPlugins(config, CommonConnectorConfig.CUSTOM_CONVERTERS.name(), CustomConverter.class);
        checkNamedPlugins(config, CommonConnectorConfig.CUSTOM_POST_PROCESSORS.name(), PostProcessor.class);
    }

    /** Custom converters and post processors: each listed name needs {@code <name>.type} naming a real class. */
    private static void checkNamedPlugins(ConfigUnderTest config, String listKey, Class<?> pluginType) {
        for (String name : config.list(listKey)) {
            String typeKey = name + ".type";
            if (!config.has(typeKey)) {
                config.problem(listKey, listKey + " lists '" + name + "' but " + typeKey + " is not set");
                continue;
            }
            PluginCatalog.Resolution resolution = PluginCatalog.resolve(config.get(typeKey), pluginType);
            if (!resolution.found()) {
                config.problem(typeKey, resolution.error());
            }
        }
    }

    private static String namedPrefix(String key, ConfigUnderTest config, String listKey) {
        return config.list(listKey).stream().filter(name -> key.startsWith(name + ".")).findFirst().orElse(null);
    }

    /** The settings of the topic naming strategy the configuration uses (topic.delimiter, topic.heartbeat.prefix). */
    private static Set<String> topicNamingFields(ConfigUnderTest config) {
        String strategy = config.get(CommonConnectorConfig.TOPIC_NAMING_STRATEGY.name());
        Class<?> type = SchemaTopicNamingStrategy.class;
        if (strategy != null) {
            PluginCatalog.Resolution resolution = PluginCatalog.resolve(strategy, Object.class);
            type = resolution.found() ? resolution.type() : type;
        }
        return PluginCatalog.debeziumFieldNames(type);
    }
}
