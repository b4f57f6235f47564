package dev.courseportal.domain.lab.entity;

import dev.courseportal.domain.lab.control.LabEnvironmentSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A lab environment: where the services of one Debezium lab answer. The password and the
 * JupyterLab token are here because probes log in with them; {@link #toString()} and every
 * read model the web gets ({@code LabEnvironmentSummary}) leave them out.
 */
@Entity
@Table(name = "lab_environment")
@NamedQuery(name = LabEnvironment.ALL, query = "SELECT e FROM LabEnvironment e ORDER BY e.name")
@NamedQuery(name = LabEnvironment.PROBED, query = "SELECT e FROM LabEnvironment e WHERE e.probed = TRUE ORDER BY e.id")
@NamedQuery(name = LabEnvironment.BY_NAME, query = "SELECT e FROM LabEnvironment e WHERE e.name = :name")
@NamedQuery(name = LabEnvironment.DEFAULTS, query = "SELECT e FROM LabEnvironment e WHERE e.defaultEnvironment = TRUE ORDER BY e.id")
public class LabEnvironment {

    public static final String ALL = "LabEnvironment.all";
    public static final String PROBED = "LabEnvironment.probed";
    public static final String BY_NAME = "LabEnvironment.byName";
    public static final String DEFAULTS = "LabEnvironment.defaults";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(name = "postgres_jdbc_url", nullable = false, length = 500)
    private String postgresJdbcUrl;

    @Column(name = "postgres_user", nullable = false, length = 128)
    private String postgresUser;

    @Column(name = "postgres_password", nullable = false, length = 500)
    private String postgresPassword;

    @Column(name = "kafka_bootstrap", nullable = false, length = 500)
    private String kafkaBootstrapServers;

    @Column(name = "connect_url", nullable = false, length = 500)
    private String connectUrl;

    @Column(name = "schema_registry_url", nullable = false, length = 500)
    private String schemaRegistryUrl;

    @Column(name = "prometheus_url", nullable = false, length = 500)
    private String prometheusUrl;

    @Column(name = "grafana_url", nullable = false, length = 500)
    private String grafanaUrl;

    @Column(name = "jupyter_url", nullable = false, length = 500)
    private String jupyterUrl;

    @Column(name = "jupyter_token", length = 500)
    private String jupyterToken;

    @Column(nullable = false)
    private boolean probed = true;

    @Column(name = "is_default", nullable = false)
    private boolean defaultEnvironment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LabEnvironment() {
        // for JPA
    }

    /** A new environment from settings that passed {@link LabEnvironmentSettings#problems(boolean)}. */
    public LabEnvironment(LabEnvironmentSettings settings, Instant now) {
        this.postgresPassword = Objects.requireNonNull(settings.postgresPassword(), "postgresPassword");
        this.createdAt = now;
        apply(settings, now);
    }

    /** Takes the edited settings; a missing password or token keeps the stored one. */
    public void apply(LabEnvironmentSettings settings, Instant now) {
        name = Objects.requireNonNull(settings.name(), "name");
        description = settings.description();
        postgresJdbcUrl = settings.postgresJdbcUrl();
        postgresUser = settings.postgresUser();
        if (settings.postgresPassword() != null) {
            postgresPassword = settings.postgresPassword();
        }
        kafkaBootstrapServers = settings.kafkaBootstrapServers();
        connectUrl = settings.connectUrl();
        schemaRegistryUrl = settings.schemaRegistryUrl();
        prometheusUrl = settings.prometheusUrl();
        grafanaUrl = settings.grafanaUrl();
        jupyterUrl = settings.jupyterUrl();
        if (settings.clearJupyterToken()) {
            jupyterToken = null;
        } else if (settings.jupyterToken() != null) {
            jupyterToken = settings.jupyterToken();
        }
        updatedAt = now;
    }

    public void probe(boolean enabled, Instant now) {
        probed = enabled;
        updatedAt = now;
    }

    public void markDefault(boolean isDefault) {
        defaultEnvironment = isDefault;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public String postgresJdbcUrl() { return postgresJdbcUrl; }
    public String postgresUser() { return postgresUser; }
    /** For the code that logs in to the lab only; never to be shown. */
    public String postgresPassword() { return postgresPassword; }
    public String kafkaBootstrapServers() { return kafkaBootstrapServers; }
    public String connectUrl() { return connectUrl; }
    public String schemaRegistryUrl() { return schemaRegistryUrl; }
    public String prometheusUrl() { return prometheusUrl; }
    public String grafanaUrl() { return grafanaUrl; }
    public String jupyterUrl() { return jupyterUrl; }
    /** For the code that logs in to the lab only; never to be shown. */
    public String jupyterToken() { return jupyterToken; }
    public boolean probed() { return probed; }
    public boolean isDefault() { return defaultEnvironment; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    @Override
    public String toString() {
        return "LabEnvironment[id=" + id + ", name=" + name + ", postgres=" + postgresJdbcUrl
                + ", kafka=" + kafkaBootstrapServers + ", connect=" + connectUrl + ", password=****]";
    }
}
