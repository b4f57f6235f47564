package dev.courseportal.content.gate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A connector configuration taken from a lesson block, as Kafka Connect would receive it (every value a string),
 * with the lesson lines of its properties so that a problem points at the property's own line.
 */
final class ConfigUnderTest {
    private final Map<String, String> properties;
    private final String[] codeLines;
    private final int blockLine;
    private final int firstConfigLine;
    private final List<Issue> issues = new ArrayList<>();

    /**
     * @param firstConfigLine the index of the block line where the properties start (the {@code "config"} line of a
     *                        request body), so a key that is also a request field ({@code name}) is found in the config
     */
    ConfigUnderTest(Map<String, String> properties, String code, int blockLine, int firstConfigLine) {
        this.properties = Map.copyOf(properties);
        this.codeLines = code.split("\n", -1);
        this.blockLine = blockLine;
        this.firstConfigLine = firstConfigLine;
    }

    Map<String, String> properties() {
        return properties;
    }

    String get(String key) {
        return properties.get(key);
    }

    boolean has(String key) {
        return properties.containsKey(key);
    }

    /** A comma-separated list property, trimmed, without empty entries. */
    List<String> list(String key) {
        String value = properties.get(key);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(entry -> !entry.isEmpty()).toList();
    }

    /** The lesson line where the property is written; the block's first line if it cannot be found. */
    int lineOf(String key) {
        Pattern written = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:");
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass == 0 ? firstConfigLine : 0; i < codeLines.length; i++) {
                if (written.matcher(codeLines[i]).find()) {
                    return blockLine + 1 + i;
                }
            }
        }
        return blockLine;
    }

    void problem(String key, String message) {
        issues.add(new Issue(key == null ? blockLine : lineOf(key), message));
    }

    void add(Issue issue) {
        issues.add(issue);
    }

    List<Issue> issues() {
        return issues.stream().sorted(Comparator.comparingInt(Issue::line)).toList();
    }
}
