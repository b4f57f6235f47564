package dev.courseportal.lab.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The rules of the lab's Compose stack ({@code lab-ops/compose}): pinned images (also in
 * the Dockerfiles it builds), healthchecks, {@code depends_on} conditions, no host port used
 * twice, memory limits that fit a 16 GB laptop, named volumes, and a README whose table of
 * names and ports matches the file the lessons run.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("compose");
    private static final long MAX_TOTAL_MEMORY = 12L * 1024 * 1024 * 1024;

    private static Map<String, String> env;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        env = ComposeFiles.dotEnv(Files.readString(COMPOSE.resolve(".env")));
        compose = new Yaml().load(ComposeFiles.interpolate(Files.readString(COMPOSE.resolve("docker-compose.yml")), env));
        services = (Map<String, Map<String, Object>>) compose.get("services");
        assertNotNull(services, "docker-compose.yml has no services");
    }

    @Test
    void everyImageIsPinnedToAVersionAlsoInTheDockerfilesItBuilds() throws IOException {
        for (var service : services.entrySet()) {
            Object image = service.getValue().get("image");
            assertNotNull(image, service.getKey() + " has no image name");
            assertPinned(service.getKey(), image.toString());
            Object build = service.getValue().get("build");
            if (build != null) {
                Object context = build instanceof Map<?, ?> map ? map.get("context") : build;
                Path dockerfile = COMPOSE.resolve(context.toString()).resolve("Dockerfile");
                assertDockerfilePinned(service.getKey(), Files.readAllLines(dockerfile));
            }
        }
    }

    @Test
    void everyServiceHasAHealthcheck() {
        for (var service : services.entrySet()) {
            Object healthcheck = service.getValue().get("healthcheck");
            assertTrue(healthcheck instanceof Map<?, ?>, service.getKey() + " has no healthcheck");
            Map<?, ?> check = (Map<?, ?>) healthcheck;
            assertNotNull(check.get("test"), service.getKey() + ": healthcheck without test");
            assertFalse(Boolean.TRUE.equals(check.get("disable")), service.getKey() + ": healthcheck disabled");
        }
    }

    @Test
    void everyDependencyWaitsForACondition() {
        for (var service : services.entrySet()) {
            Object dependsOn = service.getValue().get("depends_on");
            if (dependsOn == null) {
                continue;
            }
            assertTrue(dependsOn instanceof Map<?, ?>, service.getKey() + ": depends_on must name a condition per service");
            for (var dependency : ((Map<?, ?>) dependsOn).entrySet()) {
                assertTrue(services.containsKey(dependency.getKey().toString()), "unknown service " + dependency.getKey());
                Object condition = dependency.getValue() instanceof Map<?, ?> m ? m.get("condition") : null;
                assertNotNull(condition, service.getKey() + " -> " + dependency.getKey() + ": no condition");
            }
        }
    }

    @Test
    void noHostPortIsUsedTwice() {
        Map<Integer, String> used = new HashMap<>();
        for (var service : services.entrySet()) {
            for (int port : ComposeFiles.hostPorts(service.getValue())) {
                String other = used.put(port, service.getKey());
                assertTrue(other == null, "host port " + port + " used by " + other + " and " + service.getKey());
            }
        }
    }

    @Test
    void memoryLimitsFitASixteenGigabyteLaptop() {
        long total = 0;
        for (var service : services.entrySet()) {
            String limit = ComposeFiles.memoryLimit(service.getValue());
            assertNotNull(limit, service.getKey() + " has no memory limit");
            total += ComposeFiles.bytes(limit);
        }
        assertTrue(total <= MAX_TOTAL_MEMORY, "memory limits add up to " + total / (1024 * 1024) + " MB");
    }

    @Test
    @SuppressWarnings("unchecked")
    void stateLivesInDeclaredNamedVolumes() {
        Map<String, Object> declared = (Map<String, Object>) compose.getOrDefault("volumes", Map.of());
        for (var service : services.entrySet()) {
            for (Object volume : (List<Object>) service.getValue().getOrDefault("volumes", List.of())) {
                String source = volume.toString().split(":")[0];
                if (!source.startsWith(".") && !source.startsWith("/")) {
                    assertTrue(declared.containsKey(source), service.getKey() + ": volume " + source + " not declared");
                }
            }
        }
        for (String stateful : List.of("postgres", "kafka", "prometheus", "grafana", "jupyter")) {
            assertTrue(((List<Object>) services.get(stateful).getOrDefault("volumes", List.of())).stream()
                    .anyMatch(v -> declared.containsKey(v.toString().split(":")[0])), stateful + " keeps no named volume");
        }
    }

    @Test
    void readmeTableNamesTheComposeServicesWithTheirHostPorts() throws IOException {
        Map<String, Integer> readme = ComposeFiles.readmeServices(Files.readString(COMPOSE.resolve("README.md")));
        assertEquals(new TreeSet<>(services.keySet()), new TreeSet<>(readme.keySet()), "services in README vs compose");
        for (var row : readme.entrySet()) {
            List<Integer> published = ComposeFiles.hostPorts(services.get(row.getKey()));
            if (row.getValue() == null) {
                assertTrue(published.isEmpty(), row.getKey() + " publishes " + published + " but README says none");
            } else {
                assertEquals(List.of(row.getValue()), published, row.getKey() + ": README host port vs compose");
            }
        }
    }

    @Test
    void defaultHostPortsAreTheLocalEnvironmentsPorts() {
        LabEndpoints local = LabEndpoints.local();
        assertEquals(List.of(5432), ComposeFiles.hostPorts(services.get("postgres")));
        assertTrue(local.postgresJdbcUrl().contains(":5432/inventory"));
        assertEquals("localhost:" + ComposeFiles.hostPorts(services.get("kafka")).get(0), local.kafkaBootstrapServers());
        assertEquals(ComposeFiles.hostPorts(services.get("connect")).get(0), local.connectUrl().getPort());
        assertEquals(ComposeFiles.hostPorts(services.get("schema-registry")).get(0), local.schemaRegistryUrl().getPort());
        assertEquals(ComposeFiles.hostPorts(services.get("prometheus")).get(0), local.prometheusUrl().getPort());
        assertEquals(ComposeFiles.hostPorts(services.get("grafana")).get(0), local.grafanaUrl().getPort());
        assertEquals(ComposeFiles.hostPorts(services.get("jupyter")).get(0), local.jupyterUrl().getPort());
    }

    @Test
    void theStackRunsTheVersionsTheProjectPinsForLessonsAndTests() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        String debezium = property(pom, "version.debezium");
        assertEquals("course-portal/lab-connect:" + debezium, services.get("connect").get("image"));
        assertTrue(Files.readString(COMPOSE.resolve("connect/Dockerfile")).contains("ARG DEBEZIUM_VERSION=" + debezium));
        assertEquals("apache/kafka:" + property(pom, "version.kafka"), services.get("kafka").get("image"));
        assertTrue(Files.readString(COMPOSE.resolve("connect/Dockerfile"))
                .contains("ARG JMX_EXPORTER_VERSION=" + property(pom, "version.jmx.exporter")));
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertTrue(m.find(), "root pom has no " + name);
        return m.group(1).strip();
    }

    @Test
    @SuppressWarnings("unchecked")
    void monitoringIsWiredConnectExporterPrometheusGrafana() throws IOException {
        String kafkaOpts = ((Map<String, Object>) services.get("connect").get("environment")).get("KAFKA_OPTS").toString();
        assertTrue(kafkaOpts.contains("=9404:/kafka/etc/jmx-exporter.yml"), kafkaOpts);
        Map<String, Object> rules = new Yaml().load(Files.readString(COMPOSE.resolve("connect/jmx-exporter.yml")));
        assertFalse(((List<Object>) rules.get("rules")).isEmpty());

        String prometheus = Files.readString(COMPOSE.resolve("prometheus/prometheus.yml"));
        assertTrue(prometheus.contains("connect:9404"), "Prometheus does not scrape connect:9404");
        Map<String, Object> alerts = new Yaml().load(Files.readString(COMPOSE.resolve("prometheus/alerts.yml")));
        String alertText = alerts.toString();
        assertTrue(alertText.contains("MilliSecondsBehindSource") && alertText.contains("pg_replication_slot"),
                "alerts on lag and slot size");

        JsonObject dashboard = Json.createReader(new StringReader(
                Files.readString(COMPOSE.resolve("grafana/dashboards/debezium.json")))).readObject();
        assertFalse(dashboard.getJsonArray("panels").isEmpty());
        String datasource = Files.readString(COMPOSE.resolve("grafana/provisioning/datasources/prometheus.yml"));
        assertTrue(datasource.contains("uid: lab-prometheus") && dashboard.toString().contains("\"uid\":\"lab-prometheus\""),
                "the dashboard uses the provisioned data source");
    }

    private static void assertPinned(String where, String image) {
        if (image.contains("@sha256:")) {
            return;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        assertTrue(colon > slash, where + ": image " + image + " has no tag");
        String tag = image.substring(colon + 1);
        assertFalse(tag.isBlank() || tag.equalsIgnoreCase("latest") || tag.contains("$"),
                where + ": image " + image + " is not pinned to a version");
        assertTrue(tag.matches(".*\\d.*"), where + ": tag " + tag + " names no version");
    }

    private static void assertDockerfilePinned(String service, List<String> lines) {
        Map<String, String> args = new HashMap<>();
        Set<String> stages = new TreeSet<>();
        for (String line : lines) {
            String trimmed = line.strip();
            Matcher arg = Pattern.compile("(?i)^ARG\\s+([A-Za-z0-9_]+)=(\\S+)").matcher(trimmed);
            if (arg.find()) {
                args.putIfAbsent(arg.group(1), arg.group(2));
            }
            Matcher from = Pattern.compile("(?i)^FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?").matcher(trimmed);
            if (from.find()) {
                String image = from.group(1);
                for (var a : args.entrySet()) {
                    image = image.replace("${" + a.getKey() + "}", a.getValue()).replace("$" + a.getKey(), a.getValue());
                }
                if (!stages.contains(image)) {
                    assertPinned(service + "/Dockerfile", image);
                }
                if (from.group(2) != null) {
                    stages.add(from.group(2));
                }
            }
        }
    }
}
