package dev.courseportal.it.release;

import static dev.courseportal.it.release.Manifests.asMap;
import static dev.courseportal.it.release.Manifests.list;
import static dev.courseportal.it.release.Manifests.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.courseportal.it.release.Manifests.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests agree with the artifact: container ports are the release server's socket
 * bindings, probes ask the health endpoints it serves on its management port, every PORTAL_*
 * variable they set is one the server configuration or the code reads, and the Services, the
 * Ingress and the cluster discovery point at each other.
 */
class KubernetesManifestsTest {

    private static Manifests manifests;
    private static ServerConfiguration server;
    private static Map<String, Object> container;

    @BeforeAll
    static void read() {
        assumeFalse(Release.skipped(), "the release build was skipped (-Dportal.release.skip=true)");
        manifests = Manifests.read(Release.kubernetesDir());
        server = ServerConfiguration.read(Release.releaseServerConfig());
        container = manifests.portalContainer();
    }

    @Test
    void theKustomizationListsEveryManifest() throws IOException {
        List<Resource> kustomizations = manifests.ofKind("Kustomization");
        assertEquals(1, kustomizations.size(), "one kustomization.yaml");
        Map<String, Object> kustomization = kustomizations.get(0).body();
        Set<String> listed = new TreeSet<>();
        list(kustomization, "resources").forEach(r -> listed.add(String.valueOf(r)));
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.list(Release.kubernetesDir())) {
            all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .forEach(files::add);
        }
        assertEquals(files, listed, "kubectl apply -k applies every manifest");
    }

    @Test
    void twoOrMoreReplicasRollOneAtATime() {
        Map<String, Object> spec = map(manifests.one("Deployment", "course-portal").body(), "spec");
        assertTrue(((Number) spec.get("replicas")).intValue() >= 2, "a cluster: two or more replicas");
        Map<String, Object> rolling = map(map(spec, "strategy"), "rollingUpdate");
        assertEquals(0, rolling.get("maxUnavailable"), "no replica goes before its replacement is ready");
        assertEquals(1, rolling.get("maxSurge"), "one new replica at a time");
        assertEquals(map(map(spec, "selector"), "matchLabels"), map(map(map(spec, "template"), "metadata"), "labels"));
    }

    @Test
    void containerPortsAreTheReleaseServersSocketBindings() {
        Map<String, Integer> ports = containerPorts();
        assertEquals(server.defaultPort("http").orElseThrow(), ports.get("http"));
        assertEquals(server.defaultPort("management-http").orElseThrow(), ports.get("management"));
        assertEquals(server.defaultPort("jgroups-tcp").orElseThrow(), ports.get("jgroups"));
    }

    @Test
    void probesAskTheHealthEndpointsOnTheManagementPort() {
        assertEquals("/health/started", probe("startupProbe").get("path"));
        assertEquals("/health/ready", probe("readinessProbe").get("path"));
        assertEquals("/health/live", probe("livenessProbe").get("path"));
        for (String name : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertEquals("management", probe(name).get("port"), name + " asks the management port");
        }
        assertTrue(server.hasSubsystem("microprofile-health-smallrye"), "the release server serves /health/*");
        assertEquals("false", server.subsystem("microprofile-health-smallrye").getAttribute("security-enabled"),
                "the kubelet asks without credentials");
    }

    @Test
    void prometheusScrapesTheMetricsTheReleaseServerServes() {
        Map<String, Object> annotations = map(map(map(map(manifests.one("Deployment", "course-portal").body(),
                "spec"), "template"), "metadata"), "annotations");
        assertEquals(String.valueOf(containerPorts().get("management")), annotations.get("prometheus.io/port"));
        assertEquals("/metrics", annotations.get("prometheus.io/path"));
        assertTrue(server.hasSubsystem("metrics"), "the release server has the metrics layer");
        assertEquals("false", server.subsystem("metrics").getAttribute("security-enabled"), "Prometheus scrapes without credentials");
    }

    @Test
    void everyVariableTheManifestsSetIsOneTheArtifactReads() {
        Set<String> reads = Release.variablesTheArtifactReads();
        Set<String> unknown = new TreeSet<>();
        for (Resource resource : manifests.all()) {
            for (String name : Release.variablesIn(Release.read(resource.file()))) {
                if (!reads.contains(name)) {
                    unknown.add(name + " (" + resource.file().getFileName() + ")");
                }
            }
        }
        assertEquals(Set.of(), unknown, "set in the manifests, but read by neither the CLI scripts nor the code");
    }

    @Test
    void theSecretHoldsTheDatabaseAndSingleSignOnAndTheDeploymentUsesIt() {
        Resource secret = manifests.one("Secret", "course-portal");
        Set<String> keys = map(secret.body(), "stringData").keySet();
        assertTrue(keys.containsAll(List.of("PORTAL_DB_URL", "PORTAL_DB_USER", "PORTAL_DB_PASSWORD")), keys::toString);
        assertTrue(keys.containsAll(List.of("PORTAL_OIDC_ISSUER", "PORTAL_OIDC_CLIENT_ID", "PORTAL_OIDC_CLIENT_SECRET")),
                keys::toString);
        List<String> fromSecrets = list(container, "envFrom").stream()
                .map(e -> String.valueOf(map(asMap(e, "envFrom"), "secretRef").get("name"))).toList();
        assertEquals(List.of("course-portal"), fromSecrets);
        Map<String, Object> env = environment();
        assertEquals("postgresql", env.get("PORTAL_DB_DRIVER"), "replicas share PostgreSQL, never an H2 file each");
        assertEquals("true", env.get("PORTAL_PROXY_ADDRESS_FORWARDING"), "TLS ends at the Ingress");
    }

    @Test
    void environmentReferencesPointAtVariablesDefinedBeforeThem() {
        Set<String> defined = new HashSet<>();
        Pattern reference = Pattern.compile("\\$\\(([A-Z0-9_]+)\\)");
        for (Object item : list(container, "env")) {
            Map<String, Object> variable = asMap(item, "env");
            Object value = variable.get("value");
            if (value != null) {
                Matcher used = reference.matcher(value.toString());
                while (used.find()) {
                    assertTrue(defined.contains(used.group(1)), () -> variable.get("name") + " uses $(" + used.group(1)
                            + ") before it is defined: Kubernetes would pass the text through unexpanded");
                }
            }
            defined.add(String.valueOf(variable.get("name")));
        }
    }

    @Test
    void clusterDiscoveryAsksTheHeadlessServiceForEveryPod() {
        Resource headless = manifests.ofKind("Service").stream()
                .filter(s -> "None".equals(map(s.body(), "spec").get("clusterIP"))).findFirst()
                .orElseThrow(() -> new AssertionError("no headless Service for JGroups' DNS_PING"));
        Map<String, Object> spec = map(headless.body(), "spec");
        assertEquals(true, spec.get("publishNotReadyAddresses"), "a starting member must be found to join");
        assertEquals(podLabels(), map(spec, "selector"));
        assertEquals(List.of("jgroups"), servicePortTargets(headless));
        String query = String.valueOf(environment().get("PORTAL_CLUSTER_DNS_QUERY"));
        assertTrue(query.startsWith(headless.name() + "."), "PORTAL_CLUSTER_DNS_QUERY asks for " + headless.name() + ": " + query);
        assertTrue(String.valueOf(environment().get("PORTAL_CLUSTER_ADDRESS")).contains("POD_IP"),
                "JGroups listens on the pod's own address");
        assertTrue(Release.read(Release.cliDir().resolve("configure-release.cli")).contains("dns.DNS_PING"));
    }

    @Test
    void theIngressReachesThePortalsHttpPortOverTls() {
        Resource service = manifests.one("Service", "course-portal");
        assertEquals(podLabels(), map(map(service.body(), "spec"), "selector"));
        assertEquals(List.of("http"), servicePortTargets(service));
        Map<String, Object> ingress = map(manifests.one("Ingress", "course-portal").body(), "spec");
        List<String> ruleHosts = new ArrayList<>();
        for (Object rule : list(ingress, "rules")) {
            ruleHosts.add(String.valueOf(asMap(rule, "rule").get("host")));
            for (Object path : list(map(asMap(rule, "rule"), "http"), "paths")) {
                Map<String, Object> backend = map(map(asMap(path, "path"), "backend"), "service");
                assertEquals("course-portal", backend.get("name"));
                assertEquals("http", map(backend, "port").get("name"));
            }
        }
        List<String> tlsHosts = new ArrayList<>();
        list(ingress, "tls").forEach(t -> list(asMap(t, "tls"), "hosts").forEach(h -> tlsHosts.add(String.valueOf(h))));
        assertEquals(ruleHosts, tlsHosts, "every host is served over TLS");
    }

    @Test
    void thePodRunsAsTheImagesNonRootUserWithItsVolumes() {
        ContainerRecipe recipe = ContainerRecipe.read(Release.containerfile());
        Map<String, Object> podSecurity = map(map(map(map(manifests.one("Deployment", "course-portal").body(),
                "spec"), "template"), "spec"), "securityContext");
        assertEquals(true, podSecurity.get("runAsNonRoot"));
        assertEquals(recipe.last("USER").orElseThrow().split(":")[0], String.valueOf(podSecurity.get("runAsUser")));
        Set<String> mounts = new TreeSet<>();
        list(container, "volumeMounts").forEach(m -> mounts.add(String.valueOf(asMap(m, "mount").get("mountPath"))));
        assertTrue(mounts.contains("/tmp"), "the bootable JAR unpacks its server into /tmp on a read-only root");
        assertTrue(mounts.containsAll(recipe.all("VOLUME")), "the image's data volume is mounted: " + mounts);
        Map<String, Object> resources = map(container, "resources");
        assertTrue(map(resources, "requests").keySet().containsAll(List.of("cpu", "memory")));
        assertTrue(map(resources, "limits").containsKey("memory"));
    }

    private static Map<String, Object> probe(String name) {
        return map(map(container, name), "httpGet");
    }

    private static Map<String, Integer> containerPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Object port : list(container, "ports")) {
            Map<String, Object> p = asMap(port, "port");
            ports.put(String.valueOf(p.get("name")), ((Number) p.get("containerPort")).intValue());
        }
        return ports;
    }

    private static Map<String, Object> environment() {
        Map<String, Object> env = new LinkedHashMap<>();
        for (Object item : list(container, "env")) {
            Map<String, Object> variable = asMap(item, "env");
            env.put(String.valueOf(variable.get("name")), variable.get("value"));
        }
        return env;
    }

    private static Map<String, Object> podLabels() {
        return map(map(map(map(manifests.one("Deployment", "course-portal").body(), "spec"), "template"), "metadata"), "labels");
    }

    private static List<String> servicePortTargets(Resource service) {
        List<String> targets = new ArrayList<>();
        for (Object port : list(map(service.body(), "spec"), "ports")) {
            String target = String.valueOf(asMap(port, "port").get("targetPort"));
            assertTrue(containerPorts().containsKey(target), service.name() + " targets a port the container names: " + target);
            targets.add(target);
        }
        return targets;
    }
}
