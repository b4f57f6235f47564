package dev.courseportal.lab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker or Connect worker in its own JVM, with its output in a log file under
 * target/. Small heaps and quick-start JIT settings: the tests need correctness, not throughput.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildJvm start(String name, String mainClass, List<String> args, String heap, Path workDir) {
        return start(name, mainClass, args, heap, List.of(), workDir);
    }

    static ChildJvm start(String name, String mainClass, List<String> args, String heap, List<String> jvmArgs,
                          Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms32m", "-Xmx" + heap,
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                    "-Djava.awt.headless=true",
                    "-Dlog4j2.configurationFile=" + LabFiles.log4jConfig(workDir)));
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", LabFiles.childClasspath(), mainClass));
            command.addAll(args);
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ChildJvm(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Runs a tool to its end (e.g. storage formatting) and fails if it does not succeed. */
    static void runToEnd(String name, String mainClass, List<String> args, Path workDir) {
        try (ChildJvm tool = start(name, mainClass, args, "256m", workDir)) {
            if (!tool.process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not finish; see " + tool.log);
            }
            if (tool.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed with " + tool.process.exitValue() + ": " + tool.tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Fails with the end of the log if the process died: a clearer error than a time-out. */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + tail());
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the JVM: politely first (its shutdown hooks close cleanly), then by force. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** For the JVM shutdown hook: no waiting, just make sure nothing outlives the test run. */
    void kill() {
        process.destroyForcibly();
    }
}
