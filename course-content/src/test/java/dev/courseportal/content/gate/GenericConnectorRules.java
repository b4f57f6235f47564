package dev.courseportal.content.gate;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;

import java.util.Set;

/** Any other connector on the pinned class path: its {@code config()} definition is all the gate can check against. */
final class GenericConnectorRules implements ConnectorRules {
    private final ConfigDef definition;

    GenericConnectorRules(Class<?> connectorClass) {
        this.definition = PluginCatalog.configDef(connectorClass);
    }

    @Override
    public Set<String> names() {
        return definition.names();
    }

    @Override
    public boolean knows(String key, ConfigUnderTest config) {
        return definition.names().contains(key);
    }

    @Override
    public void validate(ConfigUnderTest config) {
        for (ConfigValue value : definition.validate(config.properties())) {
            if (!value.errorMessages().isEmpty()) {
                config.problem(config.has(value.name()) ? value.name() : null,
                        "connector: " + String.join("; ", value.errorMessages()));
            }
        }
    }
}
