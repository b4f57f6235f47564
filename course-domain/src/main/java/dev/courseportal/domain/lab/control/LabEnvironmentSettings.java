package dev.courseportal.domain.lab.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator enters for a lab environment. Secrets are write-only: on an edit,
 * a {@code null} (or blank) password or token keeps the stored one, so that a form never
 * has to show them back; {@code clearJupyterToken} removes the token.
 *
 * <p>{@link #problems(boolean)} applies the same rules as lab-ops' {@code LabEndpoints}
 * (which the domain cannot call: lab-ops depends on it, not the other way round), so that
 * an environment that was saved can always be probed; lab-ops has a test that keeps the two
 * in step.
 */
public record LabEnvironmentSettings(String name, String description, String postgresJdbcUrl,
                                     String postgresUser, String postgresPassword, String kafkaBootstrapServers,
                                     String connectUrl, String schemaRegistryUrl, String prometheusUrl,
                                     String grafanaUrl, String jupyterUrl, String jupyterToken,
                                     boolean clearJupyterToken) {

    public static final int NAME_MAX = 64;
    public static final int DESCRIPTION_MAX = 500;
    public static final int URL_MAX = 500;
    public static final int USER_MAX = 128;
    public static final int SECRET_MAX = 500;

    /** JDBC URL parameters an administrator may set: the same list as lab-ops' LabEndpoints. */
    public static final Set<String> ALLOWED_JDBC_PARAMETERS = Set.of(
            "ssl", "sslmode", "sslrootcert", "applicationname", "currentschema",
            "targetservertype", "tcpkeepalive", "gssencmode");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern BOOTSTRAP_SERVERS = Pattern.compile(
            "[A-Za-z0-9._\\-\\[\\]:]+:\\d{1,5}(,[A-Za-z0-9._\\-\\[\\]:]+:\\d{1,5})*");
    private static final Pattern NO_SPACE = Pattern.compile("\\S+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** The values with surrounding blanks removed; blank optional values become {@code null}. */
    public LabEnvironmentSettings {
        name = strip(name);
        description = strip(description);
        postgresJdbcUrl = strip(postgresJdbcUrl);
        postgresUser = strip(postgresUser);
        postgresPassword = postgresPassword == null || postgresPassword.isEmpty() ? null : postgresPassword;
        kafkaBootstrapServers = strip(kafkaBootstrapServers);
        connectUrl = strip(connectUrl);
        schemaRegistryUrl = strip(schemaRegistryUrl);
        prometheusUrl = strip(prometheusUrl);
        grafanaUrl = strip(grafanaUrl);
        jupyterUrl = strip(jupyterUrl);
        jupyterToken = strip(jupyterToken);
    }

    /**
     * Everything wrong with these settings; empty when they may be saved.
     *
     * @param creating a new environment needs a password; an edit may keep the stored one
     */
    public List<SettingsProblem> problems(boolean creating) {
        List<SettingsProblem> problems = new ArrayList<>();
        if (required(problems, "name", name, NAME_MAX) && !NAME.matcher(name).matches()) {
            problems.add(SettingsProblem.of("name", "name"));
        }
        if (description != null) {
            if (description.length() > DESCRIPTION_MAX) {
                problems.add(SettingsProblem.of("description", "tooLong", DESCRIPTION_MAX));
            } else if (CONTROL.matcher(description.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')).find()) {
                problems.add(SettingsProblem.of("description", "control"));
            }
        }
        if (required(problems, "postgresJdbcUrl", postgresJdbcUrl, URL_MAX)) {
            checkJdbcUrl(problems);
        }
        if (required(problems, "postgresUser", postgresUser, USER_MAX) && !NO_SPACE.matcher(postgresUser).matches()) {
            problems.add(SettingsProblem.of("postgresUser", "noSpaces"));
        }
        if (postgresPassword == null) {
            if (creating) {
                problems.add(SettingsProblem.of("postgresPassword", "required"));
            }
        } else if (postgresPassword.length() > SECRET_MAX) {
            problems.add(SettingsProblem.of("postgresPassword", "tooLong", SECRET_MAX));
        }
        if (required(problems, "kafkaBootstrapServers", kafkaBootstrapServers, URL_MAX)
                && !BOOTSTRAP_SERVERS.matcher(kafkaBootstrapServers).matches()) {
            problems.add(SettingsProblem.of("kafkaBootstrapServers", "bootstrap"));
        }
        httpUrl(problems, "connectUrl", connectUrl);
        httpUrl(problems, "schemaRegistryUrl", schemaRegistryUrl);
        httpUrl(problems, "prometheusUrl", prometheusUrl);
        httpUrl(problems, "grafanaUrl", grafanaUrl);
        httpUrl(problems, "jupyterUrl", jupyterUrl);
        if (jupyterToken != null && (jupyterToken.length() > SECRET_MAX || !NO_SPACE.matcher(jupyterToken).matches())) {
            problems.add(jupyterToken.length() > SECRET_MAX
                    ? SettingsProblem.of("jupyterToken", "tooLong", SECRET_MAX)
                    : SettingsProblem.of("jupyterToken", "noSpaces"));
        }
        return problems;
    }

    private void checkJdbcUrl(List<SettingsProblem> problems) {
        String prefix = "jdbc:postgresql://";
        if (!postgresJdbcUrl.startsWith(prefix) || postgresJdbcUrl.length() == prefix.length()
                || postgresJdbcUrl.charAt(prefix.length()) == '/' || !NO_SPACE.matcher(postgresJdbcUrl).matches()) {
            problems.add(SettingsProblem.of("postgresJdbcUrl", "jdbcUrl"));
            return;
        }
        int query = postgresJdbcUrl.indexOf('?');
        if (query < 0) {
            return;
        }
        // pgjdbc parameters such as socketFactory or loggerFile load classes or write files,
        // and others would override the timeouts the portal sets.
        for (String parameter : postgresJdbcUrl.substring(query + 1).split("&")) {
            String key = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && !ALLOWED_JDBC_PARAMETERS.contains(key)) {
                problems.add(SettingsProblem.of("postgresJdbcUrl", "jdbcParameter", key,
                        String.join(", ", ALLOWED_JDBC_PARAMETERS.stream().sorted().toList())));
                return;
            }
        }
    }

    private static void httpUrl(List<SettingsProblem> problems, String field, String value) {
        if (!required(problems, field, value, URL_MAX)) {
            return;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            if (!http || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                problems.add(SettingsProblem.of(field, "httpUrl"));
            }
        } catch (URISyntaxException e) {
            problems.add(SettingsProblem.of(field, "httpUrl"));
        }
    }

    private static boolean required(List<SettingsProblem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(SettingsProblem.of(field, "required"));
            return false;
        }
        if (value.length() > max) {
            problems.add(SettingsProblem.of(field, "tooLong", max));
            return false;
        }
        if (CONTROL.matcher(value).find()) {
            problems.add(SettingsProblem.of(field, "control"));
            return false;
        }
        return true;
    }

    private static String strip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
