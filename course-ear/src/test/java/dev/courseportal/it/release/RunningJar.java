package dev.courseportal.it.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bootable JAR started as an operator would: {@code java -jar} in a separate process, configured
 * by environment variables only. The process gets a clean environment for the portal: the test run's
 * own PORTAL_* variables (meant for the Arquillian server) are removed first.
 */
final class RunningJar implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int portOffset;
    private final Path log;
    private final long startedAtNanos;

    private RunningJar(Process process, int portOffset, Path log, long startedAtNanos) {
        this.process = process;
        this.portOffset = portOffset;
        this.log = log;
        this.startedAtNanos = startedAtNanos;
    }

    static RunningJar start(Path jar, Path workDir, int portOffset, Map<String, String> environment) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                // The heap the Arquillian server gets too; the container image sizes it from its memory limit.
                "-Xms64m", "-Xmx768m", "-Djava.net.preferIPv4Stack=true",
                "-jar", jar.toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset));
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve("server.log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            return new RunningJar(builder.start(), portOffset, log, started);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    URI http(String path) {
        return URI.create("http://localhost:" + (8080 + portOffset) + path);
    }

    URI management(String path) {
        return URI.create("http://localhost:" + (9990 + portOffset) + path);
    }

    /** Waits until the readiness endpoint answers 200; returns how long the start took. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bootable JAR exited with " + process.exitValue()
                        + " before it was ready; its log:\n" + tail(80));
            }
            if (status(management("/health/ready")) == 200) {
                return Duration.ofNanos(System.nanoTime() - startedAtNanos);
            }
            // Each DOWN answer costs a WARN line in the server's log: ask once a second, not more.
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the bootable JAR was not ready within " + timeout + "; its log:\n" + tail(80));
    }

    /** HTTP status of a GET, or -1 while nothing listens. */
    static int status(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Resident set size of the server process, from /proc (Linux); -1 elsewhere. */
    long residentKilobytes() {
        return procStatus("VmRSS:");
    }

    /** Peak resident set size so far. */
    long peakResidentKilobytes() {
        return procStatus("VmHWM:");
    }

    /**
     * CPU time the server process has used (user + system), from /proc/<pid>/stat; -1 elsewhere.
     * Unlike the wall-clock start time it hardly depends on what else the machine is doing.
     */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private long procStatus(String field) {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    String tail(int lines) {
        List<String> all = log().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Stops the server as an orchestrator does (SIGTERM, then a grace period); returns whether it stopped by itself. */
    boolean stop() throws InterruptedException {
        process.destroy();
        if (process.waitFor(60, TimeUnit.SECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
