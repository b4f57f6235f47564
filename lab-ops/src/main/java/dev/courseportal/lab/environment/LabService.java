package dev.courseportal.lab.environment;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The services of a lab, named as in the Compose stack ({@code lab-ops/compose}) and in
 * the lessons' {@code http-status} checks.
 */
public enum LabService {
    POSTGRES("postgres"),
    KAFKA("kafka"),
    CONNECT("connect"),
    SCHEMA_REGISTRY("schema-registry"),
    PROMETHEUS("prometheus"),
    GRAFANA("grafana"),
    JUPYTER("jupyter");

    private final String composeName;

    LabService(String composeName) {
        this.composeName = composeName;
    }

    /** The name of the service in docker-compose.yml and in lesson checks. */
    public String composeName() {
        return composeName;
    }

    /** The service with that Compose name, if any. */
    public static Optional<LabService> byComposeName(String name) {
        return Arrays.stream(values()).filter(s -> s.composeName.equals(name)).findFirst();
    }

    /** Whether the portal talks to this service over HTTP. */
    public boolean isHttp() {
        return this != POSTGRES && this != KAFKA;
    }

    /** The base URL of an HTTP service in that environment; empty for PostgreSQL and Kafka. */
    public Optional<URI> httpBase(LabEndpoints endpoints) {
        return switch (this) {
            case CONNECT -> Optional.of(endpoints.connectUrl());
            case SCHEMA_REGISTRY -> Optional.of(endpoints.schemaRegistryUrl());
            case PROMETHEUS -> Optional.of(endpoints.prometheusUrl());
            case GRAFANA -> Optional.of(endpoints.grafanaUrl());
            case JUPYTER -> Optional.of(endpoints.jupyterUrl());
            case POSTGRES, KAFKA -> Optional.empty();
        };
    }
}
