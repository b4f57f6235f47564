package dev.courseportal.lab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** Where the lab tests find their inputs (set by the Failsafe configuration) and write their files. */
final class LabFiles {

    private LabFiles() {
    }

    static Path workDir() {
        return Path.of(System.getProperty("lab.work.dir", "target/lab-it")).toAbsolutePath();
    }

    static Path pluginDir() {
        return Path.of(System.getProperty("lab.plugin.dir", "target/connect-plugins")).toAbsolutePath();
    }

    /** The Prometheus JMX exporter agent jar, copied by the build. */
    static Path jmxAgent() {
        return Path.of(System.getProperty("lab.jmx.agent", "target/jmx-exporter/jmx_prometheus_javaagent.jar"))
                .toAbsolutePath();
    }

    static Path composeDir() {
        return Path.of(System.getProperty("lab.compose.dir", "compose")).toAbsolutePath();
    }

    /** Kafka, Connect, JSON converter and the log4j2 binding, from the file maven-dependency-plugin wrote. */
    static String childClasspath() {
        Path file = Path.of(System.getProperty("lab.child.classpath.file", "target/lab-child.classpath"));
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no child classpath at " + file + ": run the tests with mvn verify", e);
        }
    }

    /** A log4j2 configuration writing INFO and above to standard output (the child's log file). */
    static Path log4jConfig(Path workDir) throws IOException {
        Path file = workDir.resolve("log4j2.properties");
        if (!Files.exists(file)) {
            Files.writeString(file, """
                    status = warn
                    appender.out.type = Console
                    appender.out.name = out
                    appender.out.layout.type = PatternLayout
                    appender.out.layout.pattern = %d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n
                    rootLogger.level = info
                    rootLogger.appenderRef.out.ref = out
                    logger.reflections.name = org.reflections
                    logger.reflections.level = error
                    """);
        }
        return file;
    }

    static Path writeProperties(Path file, Map<String, String> properties) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, properties.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
