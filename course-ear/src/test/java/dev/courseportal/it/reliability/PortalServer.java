package dev.courseportal.it.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * One portal server started by a test itself, not by Arquillian: a provisioned WildFly with a
 * base directory of its own (so several run from one installation), the build's EAR in its
 * deployments, its own port offset and environment (a PostgreSQL of its own), and a process the
 * test can stop or kill.
 */
public final class PortalServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Path home;
    private final Path baseDir;
    private final int offset;
    private final Map<String, String> environment;
    private final List<String> javaOptions;
    private Process process;

    private PortalServer(String name, Path home, Path baseDir, int offset, Map<String, String> environment,
                         List<String> javaOptions) {
        this.name = name;
        this.home = home;
        this.baseDir = baseDir;
        this.offset = offset;
        this.environment = Map.copyOf(environment);
        this.javaOptions = List.copyOf(javaOptions);
    }

    /**
     * A server named {@code name} (its jboss.node.name) from the installation {@code home}, with a
     * fresh copy of its configuration under {@code workDir} and {@code ear} deployed.
     */
    public static PortalServer prepare(String name, Path home, Path workDir, Path ear, int offset,
                                       Map<String, String> environment, String... javaOptions) {
        Path baseDir = workDir.resolve(name);
        PortalPostgres.deleteTree(baseDir);
        try {
            copyTree(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
            Files.createDirectories(baseDir.resolve("deployments"));
            Files.copy(ear, baseDir.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + baseDir, e);
        }
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("PORTAL_DATA_DIR", baseDir.resolve("data").toString());
        return new PortalServer(name, home, baseDir, offset, env, List.of(javaOptions));
    }

    /** The installation the build provisioned, and the EAR it built (Failsafe passes both). */
    public static Path provisionedServer() {
        return Path.of(System.getProperty("portal.server.dir", "target/server"));
    }

    public static Path builtEar() {
        return Path.of(System.getProperty("portal.ear", "target/course-portal.ear"));
    }

    public synchronized void start() {
        requireFree(8080 + offset);
        requireFree(9990 + offset);
        List<String> options = new ArrayList<>(List.of("-Xms128m", "-Xmx768m", "-Djava.net.preferIPv4Stack=true",
                "-Djboss.socket.binding.port-offset=" + offset, "-Djboss.node.name=" + name));
        options.addAll(javaOptions);
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home)
                .setBaseDirectory(baseDir)
                .addJavaOptions(options);
        try {
            Files.createDirectories(baseDir.resolve("log"));
            process = Launcher.of(command)
                    .addEnvironmentVariables(environment)
                    .setRedirectErrorStream(true)
                    .redirectOutput(baseDir.resolve("log").resolve("console-" + System.currentTimeMillis() + ".log"))
                    .launch();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until the server says it is ready (deployed, database reachable); returns how long it took. */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(name + " is not running; see " + baseDir.resolve("log"));
            }
            if (Files.exists(baseDir.resolve("deployments/course-portal.ear.failed"))) {
                throw new IllegalStateException(name + " failed to deploy the portal; see " + baseDir.resolve("log"));
            }
            if (ready()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + baseDir.resolve("log"));
    }

    /** Whether /health/ready answers UP now. */
    public boolean ready() {
        return health().status() == 200;
    }

    /** The readiness answer: 200 and UP, 503 and DOWN, or status 0 when nothing answers. */
    public Health health() {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(management().resolve("health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return new Health(answer.statusCode(), answer.body());
        } catch (IOException e) {
            return new Health(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Health(0, "");
        }
    }

    /** A readiness answer. */
    public record Health(int status, String body) {
    }

    public URI http() {
        return URI.create("http://localhost:" + (8080 + offset) + "/");
    }

    public URI management() {
        return URI.create("http://localhost:" + (9990 + offset) + "/");
    }

    public String name() {
        return name;
    }

    /** Ends the server the hard way (SIGKILL): no shutdown, no goodbye to the cluster. */
    public synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            process = null;
        }
    }

    /** Stops the server gracefully, or kills it when it does not stop within a minute. */
    public synchronized void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** Another server on the same ports would answer in this one's place: refuse to start rather than mislead. */
    private void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use, so " + name + " cannot start on port offset "
                    + offset + ": stop whatever runs there (another portal or test server)", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
