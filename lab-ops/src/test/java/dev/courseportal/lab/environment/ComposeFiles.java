package dev.courseportal.lab.environment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading docker-compose.yml, .env and the lab README the way `docker compose` and a reader do. */
final class ComposeFiles {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?-([^}]*))?}");

    private ComposeFiles() {
    }

    /** KEY=VALUE lines; comments and blank lines skipped. */
    static Map<String, String> dotEnv(String text) {
        Map<String, String> values = new HashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                int eq = trimmed.indexOf('=');
                values.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
            }
        }
        return values;
    }

    /** Compose's ${VAR}, ${VAR:-default} and ${VAR-default}, from .env. */
    static String interpolate(String text, Map<String, String> env) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.get(m.group(1));
            if (value == null || value.isEmpty()) {
                value = m.group(2) == null ? "" : m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The host ports a service publishes ("[ip:]host:container"). */
    @SuppressWarnings("unchecked")
    static List<Integer> hostPorts(Map<String, Object> service) {
        List<Integer> ports = new ArrayList<>();
        for (Object port : (List<Object>) service.getOrDefault("ports", List.of())) {
            String[] parts = port.toString().split(":");
            if (parts.length < 2) {
                fail("port " + port + " publishes a random host port");
            }
            ports.add(Integer.parseInt(parts[parts.length - 2]));
        }
        return ports;
    }

    /** deploy.resources.limits.memory, or the older mem_limit; null if neither. */
    static String memoryLimit(Map<String, Object> service) {
        Object memory = service.get("mem_limit");
        if (memory == null && service.get("deploy") instanceof Map<?, ?> deploy
                && deploy.get("resources") instanceof Map<?, ?> resources
                && resources.get("limits") instanceof Map<?, ?> limits) {
            memory = limits.get("memory");
        }
        return memory == null ? null : memory.toString();
    }

    /** "512m", "1.5g", "1536MiB" ... in bytes. */
    static long bytes(String size) {
        Matcher m = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*([kmg]?)i?b?").matcher(size.strip());
        assertTrue(m.matches(), "memory size " + size);
        double value = Double.parseDouble(m.group(1));
        int shift = switch (m.group(2).toLowerCase()) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return (long) (value * (1L << shift));
    }

    /**
     * The README's table of names and ports: service name (in backticks) to host port, or
     * {@code null} for a service that publishes none.
     */
    static Map<String, Integer> readmeServices(String readme) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        String section = readme.substring(readme.indexOf("## Names, ports and credentials"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        Matcher row = Pattern.compile("(?m)^\\|\\s*`([a-z-]+)`[^|]*\\|[^|]*\\|([^|]*)\\|").matcher(section);
        while (row.find()) {
            Matcher port = Pattern.compile("localhost:(\\d+)").matcher(row.group(2));
            rows.put(row.group(1), port.find() ? Integer.valueOf(port.group(1)) : null);
        }
        return rows;
    }
}
