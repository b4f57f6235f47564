package dev.courseportal.lab.environment;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a lab environment's services answer: a learner's laptop stack ({@link #local()})
 * or a shared classroom stack an administrator configured. Probes and checks only ever
 * go to these endpoints.
 *
 * <p>Immutable. Secrets (the PostgreSQL password, the JupyterLab token) are accessible to
 * the code that connects, but {@link #toString()} never prints them.
 */
public final class LabEndpoints {

    /** JDBC URL parameters an administrator may set; anything else is refused (see {@link #checkJdbcUrl}). */
    private static final Set<String> ALLOWED_JDBC_PARAMETERS = Set.of(
            "ssl", "sslmode", "sslrootcert", "applicationname", "currentschema",
            "targetservertype", "tcpkeepalive", "gssencmode");
    private static final Pattern BOOTSTRAP_SERVERS = Pattern.compile(
            "[A-Za-z0-9._\\-\\[\\]:]+:\\d{1,5}(,[A-Za-z0-9._\\-\\[\\]:]+:\\d{1,5})*");

    private final String name;
    private final String postgresJdbcUrl;
    private final String postgresUser;
    private final String postgresPassword;
    private final String kafkaBootstrapServers;
    private final URI connectUrl;
    private final URI schemaRegistryUrl;
    private final URI prometheusUrl;
    private final URI grafanaUrl;
    private final URI jupyterUrl;
    private final String jupyterToken;

    private LabEndpoints(Builder b) {
        this.name = requireText(b.name, "name");
        this.postgresJdbcUrl = checkJdbcUrl(requireText(b.postgresJdbcUrl, "postgresJdbcUrl"));
        this.postgresUser = requireText(b.postgresUser, "postgresUser");
        this.postgresPassword = Objects.requireNonNull(b.postgresPassword, "postgresPassword");
        this.kafkaBootstrapServers = checkBootstrap(requireText(b.kafkaBootstrapServers, "kafkaBootstrapServers"));
        this.connectUrl = checkHttpUrl(b.connectUrl, "connectUrl");
        this.schemaRegistryUrl = checkHttpUrl(b.schemaRegistryUrl, "schemaRegistryUrl");
        this.prometheusUrl = checkHttpUrl(b.prometheusUrl, "prometheusUrl");
        this.grafanaUrl = checkHttpUrl(b.grafanaUrl, "grafanaUrl");
        this.jupyterUrl = checkHttpUrl(b.jupyterUrl, "jupyterUrl");
        this.jupyterToken = b.jupyterToken == null || b.jupyterToken.isBlank() ? null : b.jupyterToken;
    }

    /** The Compose stack of {@code lab-ops/compose} on this machine, with its default host ports. */
    public static LabEndpoints local() {
        return builder()
                .name("local")
                .postgres("jdbc:postgresql://localhost:5432/inventory", "postgres", "postgres")
                .kafkaBootstrapServers("localhost:9092")
                .connectUrl("http://localhost:8083")
                .schemaRegistryUrl("http://localhost:8081")
                .prometheusUrl("http://localhost:9090")
                .grafanaUrl("http://localhost:3000")
                .jupyter("http://localhost:8888", "debezium")
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this environment's values, to derive a changed copy. */
    public Builder toBuilder() {
        return builder().name(name)
                .postgres(postgresJdbcUrl, postgresUser, postgresPassword)
                .kafkaBootstrapServers(kafkaBootstrapServers)
                .connectUrl(connectUrl.toString())
                .schemaRegistryUrl(schemaRegistryUrl.toString())
                .prometheusUrl(prometheusUrl.toString())
                .grafanaUrl(grafanaUrl.toString())
                .jupyter(jupyterUrl.toString(), jupyterToken);
    }

    public String name() { return name; }
    public String postgresJdbcUrl() { return postgresJdbcUrl; }
    public String postgresUser() { return postgresUser; }
    public String postgresPassword() { return postgresPassword; }
    public String kafkaBootstrapServers() { return kafkaBootstrapServers; }
    public URI connectUrl() { return connectUrl; }
    public URI schemaRegistryUrl() { return schemaRegistryUrl; }
    public URI prometheusUrl() { return prometheusUrl; }
    public URI grafanaUrl() { return grafanaUrl; }
    public URI jupyterUrl() { return jupyterUrl; }
    public Optional<String> jupyterToken() { return Optional.ofNullable(jupyterToken); }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LabEndpoints other)) {
            return false;
        }
        return name.equals(other.name) && postgresJdbcUrl.equals(other.postgresJdbcUrl)
                && postgresUser.equals(other.postgresUser) && postgresPassword.equals(other.postgresPassword)
                && kafkaBootstrapServers.equals(other.kafkaBootstrapServers) && connectUrl.equals(other.connectUrl)
                && schemaRegistryUrl.equals(other.schemaRegistryUrl) && prometheusUrl.equals(other.prometheusUrl)
                && grafanaUrl.equals(other.grafanaUrl) && jupyterUrl.equals(other.jupyterUrl)
                && Objects.equals(jupyterToken, other.jupyterToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, postgresJdbcUrl, postgresUser, kafkaBootstrapServers, connectUrl,
                schemaRegistryUrl, prometheusUrl, grafanaUrl, jupyterUrl);
    }

    /** Every endpoint, never a secret: safe for logs, pages and API responses. */
    @Override
    public String toString() {
        return "LabEndpoints[name=" + name + ", postgres=" + postgresJdbcUrl + ", user=" + postgresUser
                + ", password=****, kafka=" + kafkaBootstrapServers + ", connect=" + connectUrl
                + ", schemaRegistry=" + schemaRegistryUrl + ", prometheus=" + prometheusUrl
                + ", grafana=" + grafanaUrl + ", jupyter=" + jupyterUrl
                + ", jupyterToken=" + (jupyterToken == null ? "none" : "****") + "]";
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    /**
     * Only PostgreSQL URLs, and only harmless parameters: pgjdbc parameters such as
     * {@code socketFactory} or {@code loggerFile} instantiate classes or write files, and
     * URL parameters would override the timeouts the portal sets.
     */
    static String checkJdbcUrl(String url) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("postgresJdbcUrl must start with jdbc:postgresql://");
        }
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                String key = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && !ALLOWED_JDBC_PARAMETERS.contains(key)) {
                    throw new IllegalArgumentException("postgresJdbcUrl parameter not allowed: " + key);
                }
            }
        }
        return url;
    }

    private static String checkBootstrap(String servers) {
        if (!BOOTSTRAP_SERVERS.matcher(servers).matches()) {
            throw new IllegalArgumentException("kafkaBootstrapServers must be host:port[,host:port...]");
        }
        return servers;
    }

    private static URI checkHttpUrl(String value, String field) {
        URI uri;
        try {
            uri = URI.create(requireText(value, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not a URL: " + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(field + " must be an http or https URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(field + " must not carry credentials, a query or a fragment");
        }
        return uri;
    }

    /** Collects an environment's values; {@link #build()} validates them. */
    public static final class Builder {
        private String name;
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

        private Builder() {
        }

        public Builder name(String value) { this.name = value; return this; }

        public Builder postgres(String jdbcUrl, String user, String password) {
            this.postgresJdbcUrl = jdbcUrl;
            this.postgresUser = user;
            this.postgresPassword = password;
            return this;
        }

        public Builder kafkaBootstrapServers(String value) { this.kafkaBootstrapServers = value; return this; }
        public Builder connectUrl(String value) { this.connectUrl = value; return this; }
        public Builder schemaRegistryUrl(String value) { this.schemaRegistryUrl = value; return this; }
        public Builder prometheusUrl(String value) { this.prometheusUrl = value; return this; }
        public Builder grafanaUrl(String value) { this.grafanaUrl = value; return this; }

        /** JupyterLab's URL and its token ({@code null} or blank: none). */
        public Builder jupyter(String url, String token) {
            this.jupyterUrl = url;
            this.jupyterToken = token;
            return this;
        }

        public LabEndpoints build() {
            return new LabEndpoints(this);
        }
    }
}
