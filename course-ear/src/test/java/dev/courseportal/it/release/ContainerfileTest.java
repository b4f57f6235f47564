package dev.courseportal.it.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the container recipe without a container engine: it copies what the
 * release build produced, runs as a non-root user, and its health check, ports and volume are the
 * ones the server in the bootable JAR really has. Runs after the package phase (Surefire execution
 * release-checks), so the build's output exists.
 */
class ContainerfileTest {

    private static ContainerRecipe recipe;
    private static ServerConfiguration server;

    @BeforeAll
    static void read() {
        assumeFalse(Release.skipped(), "the release build was skipped (-Dportal.release.skip=true)");
        recipe = ContainerRecipe.read(Release.containerfile());
        server = ServerConfiguration.read(Release.releaseServerConfig());
    }

    @Test
    void everyFileItCopiesExistsInTheBuildContextAfterTheBuild() {
        List<String> copies = recipe.all("COPY");
        assertFalse(copies.isEmpty(), "the Containerfile copies the artifact in");
        assertTrue(recipe.all("ADD").isEmpty(), "COPY, not ADD: nothing is fetched or unpacked implicitly");
        for (String copy : copies) {
            List<String> words = Arrays.stream(copy.split("\\s+")).filter(w -> !w.startsWith("--")).toList();
            for (String source : words.subList(0, words.size() - 1)) {
                Path file = Release.targetDir().resolve(recipe.expand(source));
                assertTrue(Files.isRegularFile(file), () -> "COPY " + source + ": " + file
                        + " does not exist after the build (is ARG PORTAL_VERSION the project's version?)");
            }
        }
        assertEquals(Release.version(), recipe.buildArguments().get("PORTAL_VERSION"),
                "the default PORTAL_VERSION names this build's JAR");
        assertEquals(Release.bootableJar().getFileName().toString(),
                recipe.expand("course-portal-${PORTAL_VERSION}-bootable.jar"));
    }

    @Test
    void itRunsAsTheNonRootUserItCreates() {
        String user = recipe.last("USER").orElseThrow(() -> new AssertionError("no USER: the image would run as root"));
        String uid = user.split(":")[0];
        assertTrue(uid.matches("\\d+"), "a numeric USER lets Kubernetes verify runAsNonRoot: " + user);
        assertNotEquals("0", uid, "USER must not be root");
        assertTrue(recipe.all("RUN").stream().anyMatch(run -> run.contains("useradd") && run.contains("--uid " + uid)),
                "the image creates the user " + uid + " it runs as");
        String entrypoint = recipe.last("ENTRYPOINT").orElseThrow();
        assertTrue(entrypoint.startsWith("["), "exec form, so java is PID 1 and receives SIGTERM: " + entrypoint);
        assertTrue(entrypoint.contains("\"-jar\"") && entrypoint.contains("/opt/course-portal/course-portal.jar"),
                entrypoint);
    }

    @Test
    void itsHealthCheckAsksTheReadinessEndpointOfTheManagementPort() {
        String healthcheck = recipe.last("HEALTHCHECK").orElseThrow(() -> new AssertionError("no HEALTHCHECK"));
        Matcher url = Pattern.compile("http://(?:127\\.0\\.0\\.1|localhost):(\\d+)(/\\S*)").matcher(healthcheck);
        assertTrue(url.find(), "the health check names a local URL: " + healthcheck);
        assertEquals(server.defaultPort("management-http").orElseThrow(), Integer.parseInt(url.group(1)),
                "the management port of the release server");
        assertEquals("/health/ready", url.group(2));
        assertTrue(server.hasSubsystem("microprofile-health-smallrye"),
                "the release server serves /health/* (microprofile-health layer)");
    }

    @Test
    void itsPortsAreTheServersPorts() {
        Set<Integer> exposed = new TreeSet<>();
        recipe.all("EXPOSE").forEach(e -> Arrays.stream(e.split("\\s+")).map(p -> p.split("/")[0])
                .map(Integer::valueOf).forEach(exposed::add));
        Set<Integer> listening = new TreeSet<>(List.of(
                server.defaultPort("http").orElseThrow(),
                server.defaultPort("management-http").orElseThrow(),
                server.defaultPort("jgroups-tcp").orElseThrow()));
        assertEquals(listening, exposed, "EXPOSE lists the ports the release server listens on");
    }

    @Test
    void theDataDirectoryIsAVolumeAndTheConfigurationIsEnvironmentTheArtifactReads() {
        Map<String, String> environment = recipe.environment();
        String dataDir = environment.get("PORTAL_DATA_DIR");
        assertTrue(dataDir != null && dataDir.startsWith("/"), "PORTAL_DATA_DIR is set to an absolute path");
        assertEquals(List.of(dataDir), recipe.all("VOLUME"), "the data directory is the volume");
        assertEquals("0.0.0.0", environment.get("PORTAL_BIND_ADDRESS"), "reachable from outside the container");
        assertEquals("0.0.0.0", environment.get("PORTAL_MANAGEMENT_BIND_ADDRESS"), "health checks from the platform");
        Set<String> reads = Release.variablesTheArtifactReads();
        for (String name : environment.keySet()) {
            if (name.startsWith("PORTAL_")) {
                assertTrue(reads.contains(name), () -> "ENV " + name + " is not read by the server configuration or the code");
            }
        }
    }

    @Test
    void theBaseImageIsASmallPinnedJre17() {
        String from = recipe.last("FROM").orElseThrow();
        assertTrue(from.matches(".*eclipse-temurin:17\\.\\d+\\.\\d+_\\d+-jre.*"),
                "a JRE (not a JDK) of Java 17, pinned to an update, not a moving tag: " + from);
    }
}
