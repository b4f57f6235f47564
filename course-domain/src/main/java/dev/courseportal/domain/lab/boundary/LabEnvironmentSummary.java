package dev.courseportal.domain.lab.boundary;

import dev.courseportal.domain.lab.entity.LabEnvironment;
import java.time.Instant;

/**
 * A lab environment as pages and APIs may show it: its endpoints, never its password or
 * token (only whether a token is set).
 */
public record LabEnvironmentSummary(long id, String name, String description, String postgresJdbcUrl,
                                    String postgresUser, String kafkaBootstrapServers, String connectUrl,
                                    String schemaRegistryUrl, String prometheusUrl, String grafanaUrl,
                                    String jupyterUrl, boolean hasJupyterToken, boolean probed,
                                    boolean isDefault, Instant updatedAt, long version) {

    public static LabEnvironmentSummary of(LabEnvironment e) {
        return new LabEnvironmentSummary(e.id(), e.name(), e.description(), e.postgresJdbcUrl(), e.postgresUser(),
                e.kafkaBootstrapServers(), e.connectUrl(), e.schemaRegistryUrl(), e.prometheusUrl(), e.grafanaUrl(),
                e.jupyterUrl(), e.jupyterToken() != null, e.probed(), e.isDefault(), e.updatedAt(), e.version());
    }
}
