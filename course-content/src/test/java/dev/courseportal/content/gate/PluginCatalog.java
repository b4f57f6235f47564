package dev.courseportal.content.gate;

import org.apache.kafka.common.config.ConfigDef;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the plugin classes a configuration names (connectors, transforms, predicates, converters) on the pinned class
 * path, and what properties each one defines.
 */
final class PluginCatalog {
    private PluginCatalog() {
    }

    /** A class named in a configuration: found and of the right type, or why not. */
    record Resolution(Class<?> type, String error) {
        boolean found() {
            return type != null;
        }
    }

    /**
     * Resolves a fully qualified class name, or an alias (the simple name, as Kafka Connect also accepts) among the
     * plugins that the class path registers through {@link ServiceLoader}, which is how Connect 4 discovers them.
     */
    static Resolution resolve(String name, Class<?> pluginType) {
        Class<?> type = null;
        if (name.contains(".")) {
            try {
                type = Class.forName(name, false, PluginCatalog.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return new Resolution(null, "class " + name + " is not on the pinned class path");
            }
        } else {
            type = ServiceLoader.load(pluginType, PluginCatalog.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::type)
                    .filter(candidate -> candidate.getSimpleName().equals(name))
                    .findFirst().orElse(null);
            if (type == null) {
                return new Resolution(null, "no " + pluginType.getSimpleName() + " plugin called " + name
                        + " on the pinned class path (write the fully qualified class name)");
            }
        }
        if (!pluginType.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
            return new Resolution(null, name + " is not a " + pluginType.getSimpleName() + " implementation");
        }
        return new Resolution(type, "");
    }

    /** The plugin's own {@code config()} definition. */
    static ConfigDef configDef(Class<?> type) {
        try {
            Object plugin = type.getDeclaredConstructor().newInstance();
            Object def = type.getMethod("config").invoke(plugin);
            if (plugin instanceof AutoCloseable closeable) {
                closeable.close();
            }
            return def == null ? new ConfigDef() : (ConfigDef) def;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the configuration definition of " + type.getName(), e);
        }
    }

    /**
     * Every property the plugin defines: its {@code config()} plus, for Debezium plugins, the {@code Field} constants
     * of the class, its superclasses and its {@code ...Config}/{@code ...ConfigDefinition} companion. Some Debezium
     * SMTs read fields that their {@code config()} leaves out (ExtractNewRecordState's
     * {@code replace.null.with.default}); failing on those would reject configurations that work.
     */
    static Set<String> definedNames(Class<?> type) {
        Set<String> names = new TreeSet<>(configDef(type).names());
        names.addAll(debeziumFieldNames(type));
        for (String suffix : new String[] {"Config", "ConfigDefinition"}) {
            companion(type, suffix).ifPresent(companion -> names.addAll(debeziumFieldNames(companion)));
        }
        return names;
    }

    /** Names of the static {@code io.debezium.config.Field} constants declared by the class and its superclasses. */
    static Set<String> debeziumFieldNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        debeziumFields(type).forEach(field -> names.add(field.name()));
        return names;
    }

    /** The static {@code io.debezium.config.Field} constants declared by the class and its superclasses. */
    static List<io.debezium.config.Field> debeziumFields(Class<?> type) {
        List<io.debezium.config.Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(declaredDebeziumFields(c));
        }
        return fields;
    }

    /** The static {@code io.debezium.config.Field} constants declared by exactly this class. */
    static List<io.debezium.config.Field> declaredDebeziumFields(Class<?> type) {
        List<io.debezium.config.Field> fields = new ArrayList<>();
        for (java.lang.reflect.Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && io.debezium.config.Field.class.isAssignableFrom(field.getType())) {
                try {
                    field.setAccessible(true);
                    io.debezium.config.Field value = (io.debezium.config.Field) field.get(null);
                    if (value != null) {
                        fields.add(value);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // A constant that cannot be read defines nothing the gate could check against.
                }
            }
        }
        return fields;
    }

    private static Optional<Class<?>> companion(Class<?> type, String suffix) {
        try {
            return Optional.of(Class.forName(type.getName() + suffix, false, type.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
