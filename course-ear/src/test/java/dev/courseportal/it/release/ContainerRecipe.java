package dev.courseportal.it.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Containerfile read as its instructions (continuation lines joined, comments dropped), enough
 * to check it against the build's output without a container engine.
 */
record ContainerRecipe(List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    private static final Pattern ARG = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    static ContainerRecipe read(Path file) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Release.read(file).split("\n")) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] parts = current.toString().strip().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1].strip() : ""));
            current.setLength(0);
        }
        return new ContainerRecipe(List.copyOf(instructions));
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    Optional<String> last(String keyword) {
        List<String> found = all(keyword);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** Build arguments with their defaults ({@code ARG NAME=value}). */
    Map<String, String> buildArguments() {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String arg : all("ARG")) {
            String[] nameValue = arg.split("=", 2);
            arguments.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
        }
        return arguments;
    }

    /** Variables set with {@code ENV NAME=value NAME2="value two"}. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        Matcher pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)").matcher(String.join(" ", all("ENV")));
        while (pair.find()) {
            environment.put(pair.group(1), pair.group(2).replaceAll("^\"|\"$", ""));
        }
        return environment;
    }

    /** A COPY/ADD source with the build arguments' defaults filled in. */
    String expand(String text) {
        Map<String, String> arguments = buildArguments();
        Matcher reference = ARG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String value = arguments.get(reference.group(1));
            if (value == null) {
                throw new AssertionError("the Containerfile uses ${" + reference.group(1) + "} without an ARG default");
            }
            reference.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return reference.appendTail(out).toString();
    }
}
