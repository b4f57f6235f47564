package dev.courseportal.lab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.courseportal.domain.lab.control.LabEnvironmentSettings;
import dev.courseportal.domain.lab.entity.LabEnvironment;
import dev.courseportal.lab.environment.LabEndpoints;

/**
 * The domain checks an environment's settings without seeing lab-ops; these cases keep its
 * rules and the library's LabEndpoints in step: what the domain saves, the library can probe.
 */
class SettingsAgreementTest {

    private static LabEnvironmentSettings settings(String jdbcUrl, String bootstrap, String connectUrl) {
        return new LabEnvironmentSettings("classroom", null, jdbcUrl, "postgres", "secret", bootstrap, connectUrl,
                "http://h:8081", "http://h:9090", "http://h:3000", "http://h:8888", null, false);
    }

    @Test
    void everythingTheDomainAcceptsTheLibraryBuilds() {
        List<LabEnvironmentSettings> accepted = List.of(
                settings("jdbc:postgresql://h:5432/inventory", "h:9092", "http://h:8083"),
                settings("jdbc:postgresql://h/inventory?sslmode=require&ApplicationName=x", "h1:9092,h2:9093", "https://h/connect/"),
                settings("jdbc:postgresql://[::1]:5432/db", "[::1]:9092", "http://[::1]:8083"));
        for (LabEnvironmentSettings s : accepted) {
            assertEquals(List.of(), s.problems(true));
            LabEndpoints endpoints = EnvironmentEndpoints.of(new LabEnvironment(s, Instant.now()));
            assertEquals(s.connectUrl(), endpoints.connectUrl().toString());
        }
    }

    @Test
    void whatTheLibraryRefusesTheDomainRefusesToo() {
        List<LabEnvironmentSettings> refusedByLibrary = List.of(
                settings("jdbc:postgresql://h/db?socketFactory=x.Y", "h:9092", "http://h:8083"),
                settings("jdbc:postgresql://h/db?loggerFile=/tmp/x", "h:9092", "http://h:8083"),
                settings("jdbc:mysql://h/db", "h:9092", "http://h:8083"),
                settings("jdbc:postgresql://h/db", "h", "http://h:8083"),
                settings("jdbc:postgresql://h/db", "h:9092", "file:///etc/passwd"),
                settings("jdbc:postgresql://h/db", "h:9092", "http://user:pw@h:8083"),
                settings("jdbc:postgresql://h/db", "h:9092", "http://h:8083/?a=b"));
        for (LabEnvironmentSettings s : refusedByLibrary) {
            assertTrue(!s.problems(true).isEmpty(), () -> "the domain accepts " + s);
            assertThrows(IllegalArgumentException.class, () -> LabEndpoints.builder().name(s.name())
                    .postgres(s.postgresJdbcUrl(), s.postgresUser(), s.postgresPassword())
                    .kafkaBootstrapServers(s.kafkaBootstrapServers()).connectUrl(s.connectUrl())
                    .schemaRegistryUrl(s.schemaRegistryUrl()).prometheusUrl(s.prometheusUrl())
                    .grafanaUrl(s.grafanaUrl()).jupyter(s.jupyterUrl(), null).build());
        }
    }

    @Test
    void theAllowedJdbcParametersAreTheSame() {
        for (String parameter : LabEnvironmentSettings.ALLOWED_JDBC_PARAMETERS) {
            LabEndpoints.builder().name("x").postgres("jdbc:postgresql://h/db?" + parameter + "=1", "u", "p")
                    .kafkaBootstrapServers("h:9092").connectUrl("http://h").schemaRegistryUrl("http://h")
                    .prometheusUrl("http://h").grafanaUrl("http://h").jupyter("http://h", null).build();
        }
    }
}
