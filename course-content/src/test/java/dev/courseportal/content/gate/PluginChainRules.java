package dev.courseportal.content.gate;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.runtime.ConnectorConfig;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plugins a configuration names: SMTs ({@code transforms.<alias>.*}), predicates ({@code predicates.<alias>.*})
 * and converters ({@code key.converter}, {@code value.converter}, {@code header.converter} with their properties).
 * Each class must be on the pinned class path and each property one that the class defines.
 */
final class PluginChainRules {
    private static final String TRANSFORMS = ConnectorConfig.TRANSFORMS_CONFIG;
    private static final String PREDICATES = ConnectorConfig.PREDICATES_CONFIG;
    /** Properties Kafka Connect itself adds to every transform (and {@code type} to every predicate). */
    private static final Set<String> TRANSFORM_FRAMEWORK_KEYS = Set.of("type", "predicate", "negate", "version");
    private static final Set<String> PREDICATE_FRAMEWORK_KEYS = Set.of("type", "version");
    private static final Map<String, String> SCRIPTING_SMTS = Map.of(
            "io.debezium.transforms.Filter", "debezium-scripting",
            "io.debezium.transforms.ContentBasedRouter", "debezium-scripting");
    private static final Map<String, Class<?>> CONVERTERS = Map.of(
            ConnectorConfig.KEY_CONVERTER_CLASS_CONFIG, Converter.class,
            ConnectorConfig.VALUE_CONVERTER_CLASS_CONFIG, Converter.class,
            ConnectorConfig.HEADER_CONVERTER_CLASS_CONFIG, HeaderConverter.class);

    private static final String CONVERTER_TYPE = "converter.type";
    /** Connect's own per-converter settings: the type it passes in, the plugin version it selects (KIP-891). */
    private static final Set<String> CONVERTER_FRAMEWORK_KEYS = Set.of(CONVERTER_TYPE, "plugin.version");

    /** Third-party converter class to the properties that name it, for the mark reason. */
    private final Map<String, Set<String>> thirdParty = new TreeMap<>();

    /** Whether the key belongs to a transform, predicate or converter family (checked by {@link #validate}). */
    static boolean knows(String key) {
        return key.startsWith(TRANSFORMS + ".") || key.startsWith(PREDICATES + ".")
                || CONVERTERS.keySet().stream().anyMatch(prefix -> key.startsWith(prefix + "."));
    }

    /** Why the configuration counts as marked (it names a known third-party converter), or empty. */
    String markReason() {
        List<String> reasons = new ArrayList<>();
        thirdParty.forEach((className, keys) -> reasons.add(className + " (" + String.join(", ", keys) + "): "
                + ThirdPartyConverters.reason(className).orElseThrow()));
        return String.join("; ", reasons);
    }

    void validate(ConfigUnderTest config) {
        List<String> predicates = config.list(PREDICATES);
        validateChain(config, TRANSFORMS, Transformation.class, TRANSFORM_FRAMEWORK_KEYS, predicates);
        validateChain(config, PREDICATES, Predicate.class, PREDICATE_FRAMEWORK_KEYS, predicates);
        CONVERTERS.forEach((key, type) -> validateConverter(config, key, type));
    }

    private void validateChain(ConfigUnderTest config, String listKey, Class<?> pluginType, Set<String> frameworkKeys,
                               List<String> predicates) {
        List<String> aliases = config.list(listKey);
        for (String key : config.properties().keySet()) {
            if (key.startsWith(listKey + ".")) {
                String alias = key.substring(listKey.length() + 1).split("\\.", 2)[0];
                if (!aliases.contains(alias)) {
                    config.problem(key, "'" + alias + "' is not listed in " + listKey + Names.didYouMean(alias,
                            aliases));
                }
            }
        }
        for (String alias : aliases) {
            String prefix = listKey + "." + alias + ".";
            String typeKey = prefix + "type";
            if (!config.has(typeKey)) {
                config.problem(listKey, listKey + " lists '" + alias + "' but " + typeKey + " is not set");
                continue;
            }
            String className = config.get(typeKey).trim();
            PluginCatalog.Resolution resolution = PluginCatalog.resolve(className, pluginType);
            if (!resolution.found()) {
                config.problem(typeKey, resolution.error() + scriptingHint(className));
                continue;
            }
            Map<String, String> own = new HashMap<>();
            config.properties().forEach((key, value) -> {
                if (key.startsWith(prefix)) {
                    own.put(key.substring(prefix.length()), value);
                }
            });
            checkOwnProperties(config, prefix, resolution.type(), own, frameworkKeys, Map.of());
            String predicate = own.get("predicate");
            if (predicate != null && !predicates.contains(predicate.trim())) {
                config.problem(prefix + "predicate", "predicate '" + predicate + "' is not listed in " + PREDICATES);
            }
        }
    }

    private void validateConverter(ConfigUnderTest config, String classKey, Class<?> converterType) {
        String prefix = classKey + ".";
        Map<String, String> own = new HashMap<>();
        config.properties().forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                own.put(key.substring(prefix.length()), value);
            }
        });
        if (!config.has(classKey)) {
            // Kafka Connect configures a converter from the connector's <converter>.* properties only when the
            // connector also names the converter; otherwise the worker's converter and settings apply.
            own.keySet().forEach(property -> config.problem(prefix + property, prefix + property + " has no effect "
                    + "without " + classKey + " in the same configuration (the worker's converter settings apply)"));
            return;
        }
        String className = config.get(classKey).trim();
        if (ThirdPartyConverters.reason(className).isPresent()) {
            thirdParty.computeIfAbsent(className, c -> new TreeSet<>()).add(classKey);
            return;
        }
        PluginCatalog.Resolution resolution = PluginCatalog.resolve(className, converterType);
        if (!resolution.found()) {
            config.problem(classKey, resolution.error());
            return;
        }
        // Kafka Connect itself tells every converter whether it serves keys, values or headers.
        checkOwnProperties(config, prefix, resolution.type(), own, CONVERTER_FRAMEWORK_KEYS,
                Map.of(CONVERTER_TYPE, classKey.substring(0, classKey.indexOf('.'))));
    }

    /**
     * Every property must be defined by the plugin, and the values its definition can check must be valid. Framework
     * keys are set by Kafka Connect (some, like a converter's type, with the given implicit values).
     */
    private static void checkOwnProperties(ConfigUnderTest config, String prefix, Class<?> type,
                                           Map<String, String> own, Set<String> frameworkKeys,
                                           Map<String, String> implicit) {
        Set<String> defined = PluginCatalog.definedNames(type);
        for (String property : own.keySet()) {
            if (!frameworkKeys.contains(property) && !defined.contains(property)) {
                config.problem(prefix + property, type.getName() + " has no property '" + property + "'"
                        + Names.didYouMean(property, defined));
            }
        }
        ConfigDef definition = PluginCatalog.configDef(type);
        Map<String, String> values = new HashMap<>(own);
        frameworkKeys.forEach(values::remove);
        values.putAll(implicit);
        for (ConfigValue value : definition.validate(values)) {
            if (!value.errorMessages().isEmpty() && !frameworkKeys.contains(value.name())) {
                boolean present = own.containsKey(value.name());
                config.problem(present ? prefix + value.name() : prefix + "type", type.getSimpleName() + ": "
                        + String.join("; ", value.errorMessages()));
            }
        }
    }

    private static String scriptingHint(String className) {
        String artifact = SCRIPTING_SMTS.get(className);
        return artifact == null ? "" : " (io.debezium:" + artifact + " is on Maven Central only up to 3.5.0.Final; "
                + "mark the block no-check with that reason)";
    }
}
