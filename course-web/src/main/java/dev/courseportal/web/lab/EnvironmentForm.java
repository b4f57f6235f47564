package dev.courseportal.web.lab;

import dev.courseportal.domain.lab.boundary.LabEnvironmentSummary;
import dev.courseportal.domain.lab.control.LabEnvironmentSettings;
import java.io.Serializable;

/**
 * The values of the environment form. Holds a password or token only between the
 * administrator's submit and the save, never one read from the database: after a refused
 * save they are cleared, so a secret is not sent back in the page.
 */
public class EnvironmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private boolean storedToken;
    private String name;
    private String description;
    private String postgresJdbcUrl;
    private String postgresUser;
    private String postgresPassword;
    private String kafkaBootstrapServers;
    private String connectUrl;
    private String schemaRegistryUrl;
    private String prometheusUrl;
    private String grafanaUrl;
    private String jupyterUrl;
    private String jupyterToken;
    private boolean clearJupyterToken;

    void clear() {
        fill(null);
    }

    void fill(LabEnvironmentSummary e) {
        id = e == null ? null : e.id();
        version = e == null ? 0 : e.version();
        storedToken = e != null && e.hasJupyterToken();
        name = e == null ? null : e.name();
        description = e == null ? null : e.description();
        postgresJdbcUrl = e == null ? null : e.postgresJdbcUrl();
        postgresUser = e == null ? null : e.postgresUser();
        kafkaBootstrapServers = e == null ? null : e.kafkaBootstrapServers();
        connectUrl = e == null ? null : e.connectUrl();
        schemaRegistryUrl = e == null ? null : e.schemaRegistryUrl();
        prometheusUrl = e == null ? null : e.prometheusUrl();
        grafanaUrl = e == null ? null : e.grafanaUrl();
        jupyterUrl = e == null ? null : e.jupyterUrl();
        forgetSecrets();
        clearJupyterToken = false;
    }

    void forgetSecrets() {
        postgresPassword = null;
        jupyterToken = null;
    }

    LabEnvironmentSettings settings() {
        return new LabEnvironmentSettings(name, description, postgresJdbcUrl, postgresUser, postgresPassword,
                kafkaBootstrapServers, connectUrl, schemaRegistryUrl, prometheusUrl, grafanaUrl, jupyterUrl,
                jupyterToken, clearJupyterToken);
    }

    Long id() { return id; }
    long version() { return version; }

    public boolean isNew() { return id == null; }
    public boolean isStoredToken() { return storedToken; }
    public String getName() { return name; }
    public void setName(String value) { name = value; }
    public String getDescription() { return description; }
    public void setDescription(String value) { description = value; }
    public String getPostgresJdbcUrl() { return postgresJdbcUrl; }
    public void setPostgresJdbcUrl(String value) { postgresJdbcUrl = value; }
    public String getPostgresUser() { return postgresUser; }
    public void setPostgresUser(String value) { postgresUser = value; }
    /** Always empty: the stored password is never shown back. */
    public String getPostgresPassword() { return null; }
    public void setPostgresPassword(String value) { postgresPassword = value; }
    public String getKafkaBootstrapServers() { return kafkaBootstrapServers; }
    public void setKafkaBootstrapServers(String value) { kafkaBootstrapServers = value; }
    public String getConnectUrl() { return connectUrl; }
    public void setConnectUrl(String value) { connectUrl = value; }
    public String getSchemaRegistryUrl() { return schemaRegistryUrl; }
    public void setSchemaRegistryUrl(String value) { schemaRegistryUrl = value; }
    public String getPrometheusUrl() { return prometheusUrl; }
    public void setPrometheusUrl(String value) { prometheusUrl = value; }
    public String getGrafanaUrl() { return grafanaUrl; }
    public void setGrafanaUrl(String value) { grafanaUrl = value; }
    public String getJupyterUrl() { return jupyterUrl; }
    public void setJupyterUrl(String value) { jupyterUrl = value; }
    /** Always empty: the stored token is never shown back. */
    public String getJupyterToken() { return null; }
    public void setJupyterToken(String value) { jupyterToken = value; }
    public boolean isClearJupyterToken() { return clearJupyterToken; }
    public void setClearJupyterToken(boolean value) { clearJupyterToken = value; }
}
