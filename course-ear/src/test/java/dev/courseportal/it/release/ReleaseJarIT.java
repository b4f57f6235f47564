package dev.courseportal.it.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release artifact as an operator starts it: {@code java -jar} on a JRE, configured by
 * environment variables only, on the embedded database. Signs in over plain HTTP, asks every
 * health path the container recipe and the Kubernetes manifests name, and prints the artifact's
 * size, start time and memory (measured, not asserted).
 */
class ReleaseJarIT {

    private static final Pattern STARTED_IN = Pattern.compile("WFLYSRV0025: .* started in (\\d+)ms");

    private static RunningJar jar;
    private static Path dataDir;
    private static Duration startTime;
    private static long rssAfterStartKb;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        assumeFalse(Release.skipped(), "the release build was skipped (-Dportal.release.skip=true)");
        Path artifact = Release.bootableJar();
        assertTrue(Files.isRegularFile(artifact), () -> artifact + " does not exist: 'mvn verify' builds it in the package phase");
        Path workDir = Files.createDirectories(Release.targetDir().resolve("release-it"));
        Path runDir = Files.createTempDirectory(workDir, "h2-");
        dataDir = runDir.resolve("portal-data");
        jar = RunningJar.start(artifact, runDir, Integer.getInteger("portal.release.port.offset", 400), Map.of(
                "PORTAL_DATA_DIR", dataDir.toString(),
                "PORTAL_DEMO_ACCOUNTS", "true",
                "PORTAL_DEMO_PASSWORD", demoPassword(),
                "PORTAL_ADMIN_PASSWORD", demoPassword()));
        startTime = jar.awaitReady(Duration.ofMinutes(4));
        rssAfterStartKb = jar.residentKilobytes();
        Matcher startedIn = STARTED_IN.matcher(jar.log());
        System.out.printf("[release] %s: %.1f MB; java -jar to /health/ready: %.1f s (WildFly: started in %s ms, "
                        + "%.1f s of CPU, load average %.1f); RSS after start: %d MB (-Xmx768m, H2)%n",
                artifact.getFileName(), Files.size(artifact) / 1_048_576.0, startTime.toMillis() / 1000.0,
                startedIn.find() ? startedIn.group(1) : "?", jar.cpuSeconds(), loadAverage(), rssAfterStartKb / 1024);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (jar == null) {
            return;
        }
        long peakKb = jar.peakResidentKilobytes();
        long before = System.nanoTime();
        boolean graceful = jar.stop();
        System.out.printf("[release] peak RSS %d MB; stopped %s in %.1f s%n", peakKb / 1024,
                graceful ? "on SIGTERM" : "FORCIBLY", (System.nanoTime() - before) / 1e9);
    }

    @Test
    void aDemoLearnerSignsInOverHttp() {
        HttpVisitor visitor = new HttpVisitor(jar.http("/"));
        HttpResponse<String> page = visitor.signIn("learner", demoPassword());
        assertEquals(200, page.statusCode(), () -> page.uri() + "\n" + page.body());
        assertFalse(HttpVisitor.isSignInForm(page), () -> "signed in, so no sign-in form: " + page.uri());
        assertFalse(page.uri().getPath().contains("login"), page.uri()::toString);
        assertEquals(200, visitor.get("/progress.xhtml").statusCode(), "a signed-in learner's page");
        System.out.printf("[release] RSS after a sign-in and two pages: %d MB%n", jar.residentKilobytes() / 1024);
    }

    @Test
    void aWrongPasswordIsRefused() {
        HttpResponse<String> page = new HttpVisitor(jar.http("/")).signIn("learner", "not-the-password-1");
        assertTrue(HttpVisitor.isSignInForm(page), () -> "refused, so the sign-in form again: " + page.uri());
    }

    @Test
    void theEmbeddedDatabaseLivesInPortalDataDir() {
        // Not in the server's own data directory: the bootable JAR deletes that when it stops.
        assertTrue(Files.isRegularFile(dataDir.resolve("portal.mv.db")), () -> "no H2 file in " + dataDir);
    }

    @Test
    void everyHealthPathTheRecipesNameAnswersOnTheManagementPort() {
        List<String> paths = new ArrayList<>();
        Map<String, Object> container = Manifests.read(Release.kubernetesDir()).portalContainer();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            paths.add(String.valueOf(Manifests.map(Manifests.map(container, probe), "httpGet").get("path")));
        }
        Matcher healthcheck = Pattern.compile("http://[^/\\s]+(/\\S*)")
                .matcher(ContainerRecipe.read(Release.containerfile()).last("HEALTHCHECK").orElseThrow());
        assertTrue(healthcheck.find());
        paths.add(healthcheck.group(1));
        for (String path : paths) {
            assertEquals(200, RunningJar.status(jar.management(path)), () -> "GET " + path + " on the management port");
        }
    }

    @Test
    void prometheusFindsThePortalsMetricsOnTheManagementPort() {
        new HttpVisitor(jar.http("/")).get("/login.xhtml");
        HttpResponse<String> metrics = new HttpVisitor(jar.management("/")).get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE "), "Prometheus text format");
        assertTrue(metrics.body().contains("wildfly_datasources_pool_in_use_count{data_source=\"PortalDS\"}"),
                "the portal's connection pool is among the metrics");
        Matcher requests = Pattern.compile("wildfly_undertow_request_count_total\\{server=\"default-server\",http_listener=\"default\"} ([0-9.E]+)")
                .matcher(metrics.body());
        assertTrue(requests.find(), "the HTTP listener's request count is among the metrics");
        assertTrue(Double.parseDouble(requests.group(1)) > 0, "statistics are on, so requests are counted");
    }

    /** The machine's one-minute load average: start times measured on a busy machine say so. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String demoPassword() {
        return System.getProperty("portal.demo.password", "Demo-Password-2026");
    }
}
