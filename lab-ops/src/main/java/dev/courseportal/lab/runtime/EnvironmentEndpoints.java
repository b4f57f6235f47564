package dev.courseportal.lab.runtime;

import dev.courseportal.domain.lab.entity.LabEnvironment;
import dev.courseportal.lab.environment.LabEndpoints;

/** A stored lab environment as the probe and check library addresses it. */
public final class EnvironmentEndpoints {

    private EnvironmentEndpoints() {
    }

    /**
     * The endpoints of the environment. Saved environments pass the same rules, so this only
     * throws {@link IllegalArgumentException} for a row edited by hand in the database.
     */
    public static LabEndpoints of(LabEnvironment environment) {
        return LabEndpoints.builder()
                .name(environment.name())
                .postgres(environment.postgresJdbcUrl(), environment.postgresUser(), environment.postgresPassword())
                .kafkaBootstrapServers(environment.kafkaBootstrapServers())
                .connectUrl(environment.connectUrl())
                .schemaRegistryUrl(environment.schemaRegistryUrl())
                .prometheusUrl(environment.prometheusUrl())
                .grafanaUrl(environment.grafanaUrl())
                .jupyter(environment.jupyterUrl(), environment.jupyterToken())
                .build();
    }
}
