package dev.courseportal.content.gate;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.apache.kafka.connect.runtime.SinkConnectorConfig;
import org.apache.kafka.connect.runtime.SourceConnectorConfig;
import org.apache.kafka.connect.runtime.TopicCreationConfig;

import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The properties Kafka Connect itself defines for every connector (Connect 4.3's {@code SourceConnectorConfig} /
 * {@code SinkConnectorConfig}: name, tasks, converters, transforms, predicates, errors, topic creation, exactly-once),
 * and the prefix families it passes on: client overrides to the producer, consumer and admin client, topic-level
 * settings for topics it creates.
 */
final class ConnectLevelRules {
    private static final Set<String> CONVERTER_CLASS_KEYS = Set.of(ConnectorConfig.KEY_CONVERTER_CLASS_CONFIG,
            ConnectorConfig.VALUE_CONVERTER_CLASS_CONFIG, ConnectorConfig.HEADER_CONVERTER_CLASS_CONFIG);
    private static final String TOPIC_CREATION = SourceConnectorConfig.TOPIC_CREATION_PREFIX;
    private static final Set<String> TOPIC_CREATION_GROUP_KEYS = Set.of(TopicCreationConfig.INCLUDE_REGEX_CONFIG,
            TopicCreationConfig.EXCLUDE_REGEX_CONFIG, TopicCreationConfig.REPLICATION_FACTOR_CONFIG,
            TopicCreationConfig.PARTITIONS_CONFIG);
    private static final Set<String> TOPIC_CONFIGS = topicConfigNames();
    private static final Map<String, Set<String>> CLIENT_OVERRIDES = Map.of(
            ConnectorConfig.CONNECTOR_CLIENT_PRODUCER_OVERRIDES_PREFIX, ProducerConfig.configNames(),
            ConnectorConfig.CONNECTOR_CLIENT_CONSUMER_OVERRIDES_PREFIX, ConsumerConfig.configNames(),
            ConnectorConfig.CONNECTOR_CLIENT_ADMIN_OVERRIDES_PREFIX, AdminClientConfig.configNames());

    private final boolean source;
    private final ConfigDef definition;

    ConnectLevelRules(boolean source) {
        this.source = source;
        this.definition = source ? SourceConnectorConfig.configDef() : SinkConnectorConfig.configDef();
    }

    Set<String> names() {
        return definition.names();
    }

    /** Whether Connect defines the property or passes it on through one of its families. */
    boolean knows(String key) {
        return definition.names().contains(key) || overridePrefix(key) != null
                || (source && key.startsWith(TOPIC_CREATION));
    }

    /**
     * Checks values with Connect's own definition. Converter classes are resolved by {@link PluginChainRules}
     * (a third-party converter is not on this class path). The configuration needs no {@code name}: Connect takes it
     * from the request body's {@code name} or from the URL of {@code PUT /connectors/{name}/config}.
     */
    void validate(ConfigUnderTest config) {
        Map<String, String> values = new HashMap<>(config.properties());
        CONVERTER_CLASS_KEYS.forEach(values::remove);
        for (ConfigValue value : definition.validate(values)) {
            String key = value.name();
            boolean present = config.has(key);
            boolean skipRequired = key.equals(ConnectorConfig.NAME_CONFIG);
            if (!value.errorMessages().isEmpty() && (present || !skipRequired)
                    && !CONVERTER_CLASS_KEYS.contains(key)) {
                config.problem(present ? key : null, "Kafka Connect: " + String.join("; ", value.errorMessages()));
            }
        }
        validateOverrides(config);
        if (source) {
            validateTopicCreation(config);
        }
    }

    private void validateOverrides(ConfigUnderTest config) {
        for (String key : config.properties().keySet()) {
            String prefix = overridePrefix(key);
            if (prefix != null) {
                String property = key.substring(prefix.length());
                Set<String> known = CLIENT_OVERRIDES.get(prefix);
                if (!known.contains(property)) {
                    config.problem(key, "unknown client setting '" + property + "' after " + prefix
                            + Names.didYouMean(property, known));
                }
            }
        }
    }

    private void validateTopicCreation(ConfigUnderTest config) {
        List<String> groups = config.list(SourceConnectorConfig.TOPIC_CREATION_GROUPS_CONFIG);
        boolean used = false;
        for (String key : config.properties().keySet()) {
            if (!key.startsWith(TOPIC_CREATION) || key.equals(SourceConnectorConfig.TOPIC_CREATION_GROUPS_CONFIG)) {
                continue;
            }
            used = true;
            String rest = key.substring(TOPIC_CREATION.length());
            int dot = rest.indexOf('.');
            String group = dot < 0 ? rest : rest.substring(0, dot);
            String property = dot < 0 ? "" : rest.substring(dot + 1);
            if (!group.equals(TopicCreationConfig.DEFAULT_TOPIC_CREATION_GROUP) && !groups.contains(group)) {
                config.problem(key, "topic creation group '" + group + "' is not listed in "
                        + SourceConnectorConfig.TOPIC_CREATION_GROUPS_CONFIG);
            } else if (!TOPIC_CREATION_GROUP_KEYS.contains(property) && !TOPIC_CONFIGS.contains(property)) {
                Set<String> all = new TreeSet<>(TOPIC_CREATION_GROUP_KEYS);
                all.addAll(TOPIC_CONFIGS);
                config.problem(key, "unknown topic creation setting '" + property + "'" + Names.didYouMean(property,
                        all));
            } else if (property.equals(TopicCreationConfig.REPLICATION_FACTOR_CONFIG)
                    || property.equals(TopicCreationConfig.PARTITIONS_CONFIG)) {
                checkTopicCount(config, key, property);
            }
        }
        if (used) {
            for (String required : List.of(TopicCreationConfig.REPLICATION_FACTOR_CONFIG,
                    TopicCreationConfig.PARTITIONS_CONFIG)) {
                String key = TOPIC_CREATION + TopicCreationConfig.DEFAULT_TOPIC_CREATION_GROUP + "." + required;
                if (!config.has(key)) {
                    config.problem(null, "topic creation needs " + key + " (Kafka Connect requires it for the "
                            + "default group)");
                }
            }
        }
    }

    private static void checkTopicCount(ConfigUnderTest config, String key, String property) {
        try {
            int value = Integer.parseInt(config.get(key).trim());
            if (property.equals(TopicCreationConfig.REPLICATION_FACTOR_CONFIG)) {
                TopicCreationConfig.REPLICATION_FACTOR_VALIDATOR.ensureValid(key, (short) value);
            } else {
                TopicCreationConfig.PARTITIONS_VALIDATOR.ensureValid(key, value);
            }
        } catch (NumberFormatException e) {
            config.problem(key, key + " must be a whole number: '" + config.get(key) + "'");
        } catch (RuntimeException e) {
            config.problem(key, "Kafka Connect: " + e.getMessage());
        }
    }

    private static String overridePrefix(String key) {
        return CLIENT_OVERRIDES.keySet().stream().filter(key::startsWith).findFirst().orElse(null);
    }

    /** The topic-level settings Kafka knows (cleanup.policy, retention.ms ...), from {@link TopicConfig}. */
    private static Set<String> topicConfigNames() {
        Set<String> names = new TreeSet<>();
        for (java.lang.reflect.Field field : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_CONFIG")
                    && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
