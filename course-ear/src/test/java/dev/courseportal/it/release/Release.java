package dev.courseportal.it.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the release's pieces are, as the build passes them to the tests (see the Surefire and
 * Failsafe configuration of course-ear), with defaults that work from the module directory.
 */
final class Release {

    static final Pattern VARIABLE = Pattern.compile("PORTAL_[A-Z0-9_]*[A-Z0-9]");
    /** How the server configuration and the descriptors read a variable: {@code ${env.PORTAL_X:default}}. */
    private static final Pattern CLI_VARIABLE = Pattern.compile("env\\.(PORTAL_[A-Z0-9_]*[A-Z0-9])(?=[:}])");
    /** How the code names one: a string literal ({@code System.getenv("PORTAL_X")}, settings tables). */
    private static final Pattern CODE_VARIABLE = Pattern.compile("\"(PORTAL_[A-Z0-9_]*[A-Z0-9])\"");

    private Release() {
    }

    static Path moduleDir() {
        return Path.of(System.getProperty("portal.module.dir", ".")).toAbsolutePath().normalize();
    }

    static Path projectRoot() {
        return moduleDir().getParent();
    }

    static Path targetDir() {
        return moduleDir().resolve("target");
    }

    static String version() {
        return System.getProperty("portal.version", "1.0.0-SNAPSHOT");
    }

    static Path bootableJar() {
        return Path.of(System.getProperty("portal.release.jar",
                targetDir().resolve("course-portal-" + version() + "-bootable.jar").toString()));
    }

    /** The provisioned server the bootable JAR was packaged from: its configuration is the JAR's. */
    static Path releaseServerDir() {
        return Path.of(System.getProperty("portal.release.server.dir", targetDir().resolve("bootable-server").toString()));
    }

    static Path releaseServerConfig() {
        return releaseServerDir().resolve("standalone/configuration/standalone.xml");
    }

    static boolean skipped() {
        return Boolean.getBoolean("portal.release.skip");
    }

    static Path containerfile() {
        return moduleDir().resolve("src/main/container/Containerfile");
    }

    static Path kubernetesDir() {
        return projectRoot().resolve("deploy/kubernetes");
    }

    static Path cliDir() {
        return moduleDir().resolve("src/main/wildfly/cli");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every PORTAL_* variable the server configuration (the CLI scripts) reads. */
    static Set<String> variablesOfCliScripts() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> scripts = Files.list(cliDir())) {
            scripts.filter(p -> p.toString().endsWith(".cli")).forEach(p -> names.addAll(matches(CLI_VARIABLE, read(p))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * Every PORTAL_* name the application reads: string literals in its code (System.getenv,
     * settings classes) and expressions in its descriptors (web.xml with property replacement).
     */
    static Set<String> variablesOfApplicationCode() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> modules = Files.list(projectRoot())) {
            for (Path main : modules.map(m -> m.resolve("src/main")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(Files::isRegularFile).forEach(p -> {
                        String name = p.getFileName().toString();
                        if (name.endsWith(".java")) {
                            names.addAll(matches(CODE_VARIABLE, read(p)));
                        } else if (name.endsWith(".xml") || name.endsWith(".json") || name.endsWith(".properties")) {
                            names.addAll(matches(CLI_VARIABLE, read(p)));
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Every PORTAL_* name documented for operators: the README and the operations guide. */
    static Set<String> documentedVariables() {
        Set<String> names = new TreeSet<>(variablesIn(read(projectRoot().resolve("README.md"))));
        names.addAll(variablesIn(read(projectRoot().resolve("docs/operations.md"))));
        return names;
    }

    /** What the artifact reads: names in its server configuration or in its code. */
    static Set<String> variablesTheArtifactReads() {
        Set<String> names = new TreeSet<>(variablesOfCliScripts());
        names.addAll(variablesOfApplicationCode());
        return names;
    }

    static Set<String> variablesIn(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
