package dev.courseportal.domain.lab.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabEnvironmentSettingsTest {

    static LabEnvironmentSettings valid() {
        return new LabEnvironmentSettings("classroom-1", "Shared stack", "jdbc:postgresql://lab.example:5432/inventory?sslmode=require",
                "postgres", "secret", "lab.example:9092,lab2.example:9092", "http://lab.example:8083",
                "http://lab.example:8081", "https://lab.example/prometheus", "http://lab.example:3000",
                "http://lab.example:8888", "token", false);
    }

    private static LabEnvironmentSettings with(String field, String value) {
        LabEnvironmentSettings v = valid();
        return new LabEnvironmentSettings(
                field.equals("name") ? value : v.name(),
                field.equals("description") ? value : v.description(),
                field.equals("postgresJdbcUrl") ? value : v.postgresJdbcUrl(),
                field.equals("postgresUser") ? value : v.postgresUser(),
                field.equals("postgresPassword") ? value : v.postgresPassword(),
                field.equals("kafkaBootstrapServers") ? value : v.kafkaBootstrapServers(),
                field.equals("connectUrl") ? value : v.connectUrl(),
                field.equals("schemaRegistryUrl") ? value : v.schemaRegistryUrl(),
                field.equals("prometheusUrl") ? value : v.prometheusUrl(),
                field.equals("grafanaUrl") ? value : v.grafanaUrl(),
                field.equals("jupyterUrl") ? value : v.jupyterUrl(),
                field.equals("jupyterToken") ? value : v.jupyterToken(), false);
    }

    private static void refused(String field, String value, String key) {
        List<SettingsProblem> problems = with(field, value).problems(true);
        assertEquals(1, problems.size(), () -> field + "=" + value + ": " + problems);
        assertEquals(field, problems.get(0).field());
        assertEquals(key, problems.get(0).key(), () -> field + "=" + value + ": " + problems);
    }

    @Test
    void validSettingsHaveNoProblem() {
        assertEquals(List.of(), valid().problems(true));
    }

    @Test
    void blanksAreStrippedAndOptionalBlanksBecomeNull() {
        LabEnvironmentSettings s = with("description", "   ");
        assertNull(s.description());
        assertEquals("classroom-2", with("name", "  classroom-2 ").name());
        assertEquals(List.of(), s.problems(true));
    }

    @Test
    void everyRequiredFieldIsRequired() {
        for (String field : List.of("name", "postgresJdbcUrl", "postgresUser", "kafkaBootstrapServers", "connectUrl",
                "schemaRegistryUrl", "prometheusUrl", "grafanaUrl", "jupyterUrl")) {
            refused(field, " ", "required");
        }
    }

    @Test
    void aPasswordIsRequiredToCreateButAnEditKeepsTheStoredOne() {
        LabEnvironmentSettings noPassword = with("postgresPassword", "");
        assertEquals("required", noPassword.problems(true).get(0).key());
        assertEquals(List.of(), noPassword.problems(false));
    }

    @Test
    void urlsMustBeHttpWithAHostAndNothingHidden() {
        refused("connectUrl", "ftp://lab.example:8083", "httpUrl");
        refused("connectUrl", "lab.example:8083", "httpUrl");
        refused("grafanaUrl", "http://admin:admin@lab.example:3000", "httpUrl");
        refused("prometheusUrl", "http://lab.example:9090/?x=1", "httpUrl");
        refused("jupyterUrl", "http://lab.example:8888/#lab", "httpUrl");
        refused("schemaRegistryUrl", "http://lab example", "httpUrl");
    }

    @Test
    void jdbcUrlsArePostgresOnlyWithHarmlessParameters() {
        refused("postgresJdbcUrl", "jdbc:mysql://lab.example/inventory", "jdbcUrl");
        refused("postgresJdbcUrl", "jdbc:postgresql:///inventory", "jdbcUrl");
        refused("postgresJdbcUrl", "jdbc:postgresql://lab.example/inventory?socketFactory=x.Y", "jdbcParameter");
        refused("postgresJdbcUrl", "jdbc:postgresql://lab.example/inventory?password=x", "jdbcParameter");
        assertEquals("socketfactory", with("postgresJdbcUrl",
                "jdbc:postgresql://h/db?socketFactory=x").problems(true).get(0).args().get(0));
    }

    @Test
    void namesBootstrapServersAndLengthsAreChecked() {
        refused("name", "класс 1", "name");
        refused("name", "-leading-dash", "name");
        refused("name", "n".repeat(65), "tooLong");
        refused("kafkaBootstrapServers", "lab.example", "bootstrap");
        refused("kafkaBootstrapServers", "lab.example:9092;rm -rf", "bootstrap");
        refused("postgresUser", "post gres", "noSpaces");
        refused("description", "x".repeat(501), "tooLong");
        refused("connectUrl", "http://lab.example/" + "x".repeat(500), "tooLong");
        refused("name", "bad\u0007name", "control");
    }

    @Test
    void problemsAreAllReportedAtOnce() {
        LabEnvironmentSettings bad = new LabEnvironmentSettings("", null, "x", "", null, "y", "z", "z", "z", "z", "z",
                null, false);
        assertTrue(bad.problems(true).size() >= 10, () -> bad.problems(true).toString());
    }
}
