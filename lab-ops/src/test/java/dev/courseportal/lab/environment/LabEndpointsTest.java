package dev.courseportal.lab.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabEndpointsTest {

    @Test
    void localMatchesTheComposeStacksDefaults() {
        LabEndpoints local = LabEndpoints.local();
        assertEquals("local", local.name());
        assertEquals("jdbc:postgresql://localhost:5432/inventory", local.postgresJdbcUrl());
        assertEquals("postgres", local.postgresUser());
        assertEquals("localhost:9092", local.kafkaBootstrapServers());
        assertEquals(URI.create("http://localhost:8083"), local.connectUrl());
        assertEquals(URI.create("http://localhost:8081"), local.schemaRegistryUrl());
        assertEquals(URI.create("http://localhost:9090"), local.prometheusUrl());
        assertEquals(URI.create("http://localhost:3000"), local.grafanaUrl());
        assertEquals(URI.create("http://localhost:8888"), local.jupyterUrl());
        assertEquals(Optional.of("debezium"), local.jupyterToken());
    }

    @Test
    void toStringNeverShowsThePasswordOrTheToken() {
        LabEndpoints env = LabEndpoints.local().toBuilder()
                .postgres("jdbc:postgresql://db:5432/inventory", "learner", "s3cret-Pa55")
                .jupyter("http://jupyter:8888", "t0ken-xyz")
                .build();
        String text = env.toString();
        assertFalse(text.contains("s3cret-Pa55"), text);
        assertFalse(text.contains("t0ken-xyz"), text);
        assertTrue(text.contains("password=****") && text.contains("jupyterToken=****"), text);
        assertTrue(text.contains("learner") && text.contains("jdbc:postgresql://db:5432/inventory"), text);
    }

    @Test
    void aCopyWithAnotherNameIsAnotherEnvironment() {
        LabEndpoints copy = LabEndpoints.local().toBuilder().name("classroom-1").build();
        assertEquals("classroom-1", copy.name());
        assertEquals(LabEndpoints.local().connectUrl(), copy.connectUrl());
        assertNotEquals(LabEndpoints.local(), copy);
        assertEquals(LabEndpoints.local(), LabEndpoints.local());
        assertEquals(LabEndpoints.local().hashCode(), LabEndpoints.local().hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:mysql://localhost:3306/inventory",
            "jdbc:postgresql://localhost:5432/inventory?socketFactory=org.example.Evil",
            "jdbc:postgresql://localhost:5432/inventory?loggerFile=/tmp/x",
            "jdbc:postgresql://localhost:5432/inventory?socketTimeout=0",
            "jdbc:postgresql://localhost:5432/inventory?sslmode=require&sslfactory=org.example.Evil"})
    void refusesJdbcUrlsThatAreNotPlainPostgres(String url) {
        assertThrows(IllegalArgumentException.class,
                () -> LabEndpoints.local().toBuilder().postgres(url, "postgres", "postgres").build());
    }

    @Test
    void acceptsHarmlessJdbcParameters() {
        LabEndpoints env = LabEndpoints.local().toBuilder()
                .postgres("jdbc:postgresql://db:5432/inventory?sslmode=require&ApplicationName=lab", "u", "p").build();
        assertTrue(env.postgresJdbcUrl().endsWith("ApplicationName=lab"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://localhost:8083", "http://user:pw@localhost:8083", "http://localhost:8083?x=1",
            "localhost:8083", "file:///etc/passwd", "http://localhost:8083/#frag"})
    void refusesServiceUrlsThatAreNotPlainHttp(String url) {
        assertThrows(IllegalArgumentException.class, () -> LabEndpoints.local().toBuilder().connectUrl(url).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "http://localhost:9092", "localhost:9092;rm", "a:1, b:2"})
    void refusesBootstrapServersThatAreNotHostPortLists(String servers) {
        assertThrows(IllegalArgumentException.class,
                () -> LabEndpoints.local().toBuilder().kafkaBootstrapServers(servers).build());
    }

    @Test
    void requiresEveryEndpointButTheToken() {
        assertThrows(IllegalArgumentException.class, () -> LabEndpoints.local().toBuilder().name(" ").build());
        assertThrows(IllegalArgumentException.class, () -> LabEndpoints.local().toBuilder().grafanaUrl(null).build());
        assertEquals(Optional.empty(), LabEndpoints.local().toBuilder().jupyter("http://j:8888", "").build().jupyterToken());
    }

    @Test
    void httpServicesKnowTheirBaseUrl() {
        LabEndpoints local = LabEndpoints.local();
        assertEquals(Optional.of(local.grafanaUrl()), LabService.GRAFANA.httpBase(local));
        assertEquals(Optional.empty(), LabService.KAFKA.httpBase(local));
        assertEquals(Optional.of(LabService.SCHEMA_REGISTRY), LabService.byComposeName("schema-registry"));
        assertFalse(LabService.POSTGRES.isHttp());
    }
}
