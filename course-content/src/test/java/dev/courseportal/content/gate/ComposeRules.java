package dev.courseportal.content.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lab requires of a Compose file, as {@code ComposeFileTest} requires it of the lab's own: every image
 * pinned to a version (a tag that is not {@code latest}, or a digest), and a healthcheck on every service, so that
 * {@code depends_on: condition: service_healthy} and the portal's probes mean something.
 */
final class ComposeRules {
    /** {@code ${VAR}} or {@code ${VAR:-default}} / {@code ${VAR-default}} in an image reference. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::?-([^}]*))?}");

    private ComposeRules() {
    }

    static List<Issue> check(Map<?, ?> services, YamlBlockChecker.Lines lines) {
        List<Issue> issues = new ArrayList<>();
        int servicesLine = lines.of("services");
        services.forEach((name, definition) -> {
            int line = lines.of(String.valueOf(name), servicesLine);
            if (!(definition instanceof Map<?, ?> service)) {
                issues.add(new Issue(line, "Compose service '" + name + "' must be a mapping"));
                return;
            }
            Object image = service.get("image");
            if (image != null) {
                String problem = unpinned(String.valueOf(image));
                if (problem != null) {
                    issues.add(new Issue(lines.of("image", line), "Compose service '" + name + "': " + problem));
                }
            } else if (service.get("build") == null) {
                issues.add(new Issue(line, "Compose service '" + name + "' has neither image nor build"));
            }
            if (!(service.get("healthcheck") instanceof Map<?, ?> healthcheck)
                    || Boolean.TRUE.equals(healthcheck.get("disable")) || healthcheck.get("test") == null) {
                issues.add(new Issue(line, "Compose service '" + name + "' has no healthcheck (add healthcheck.test; "
                        + "the lab waits for healthy services)"));
            }
        });
        return issues;
    }

    /** Why an image reference is not pinned, or null if it is. */
    static String unpinned(String image) {
        if (image.contains("@sha256:")) {
            return null;
        }
        Matcher variable = VARIABLE.matcher(image);
        StringBuilder withDefaults = new StringBuilder();
        while (variable.find()) {
            if (variable.group(2) == null || variable.group(2).isEmpty()) {
                return "image '" + image + "' takes its version from ${" + variable.group(1) + "} without a default "
                        + "(write the version, or ${" + variable.group(1) + ":-<version>})";
            }
            variable.appendReplacement(withDefaults, Matcher.quoteReplacement(variable.group(2)));
        }
        variable.appendTail(withDefaults);
        String resolved = withDefaults.toString();
        String lastPart = resolved.substring(resolved.lastIndexOf('/') + 1);
        if (!lastPart.contains(":")) {
            return "image '" + image + "' has no tag: pin a version (" + lastPart + ":<version>)";
        }
        String tag = lastPart.substring(lastPart.indexOf(':') + 1);
        if (tag.isEmpty() || tag.equals("latest")) {
            return "image '" + image + "' uses '" + (tag.isEmpty() ? "" : "latest") + "': pin a version";
        }
        return null;
    }
}
