package dev.courseportal.content.internal;

import dev.courseportal.content.CodeBlock;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a fenced code block may say in its info string: a language from the README list and the attributes the content
 * gate reads. Avro compatibility claims must name a block of the same lesson.
 */
final class CodeBlockRules {
    static final List<String> LANGUAGES = List.of("json", "sql", "python", "yaml", "bash", "properties", "avro",
            "promql", "text", "console", "mermaid", "java", "hcl", "dockerfile", "ini", "xml");
    static final String DEFAULT_MODE = "BACKWARD";
    private static final Set<String> ATTRIBUTES =
            Set.of("no-check", "parse-only", "id", "compatible-with", "incompatible-with", "mode");
    private static final Set<String> MODES = Set.of("BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD",
            "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE", "NONE");
    private static final Pattern BLOCK_ID = Pattern.compile("[A-Za-z0-9._-]+");

    private CodeBlockRules() {
    }

    /** Checks one block's language and attributes; returns the attributes with defaults filled in. */
    static Map<String, String> check(String file, int line, InfoString info, Problems problems) {
        info.errors().forEach(error -> problems.add(file, line, error));
        String language = info.language();
        if (language.isEmpty()) {
            problems.add(file, line, "fenced code block without a language (use one of " + String.join(", ", LANGUAGES)
                    + ")");
        } else if (!LANGUAGES.contains(language)) {
            String guess = Spelling.closest(language, LANGUAGES).map(l -> "did you mean '" + l + "'? ").orElse("");
            problems.add(file, line, "unknown code language '" + language + "' (" + guess + "use one of "
                    + String.join(", ", LANGUAGES) + ")");
        }
        Map<String, String> attributes = new LinkedHashMap<>(info.attributes());
        attributes.forEach((key, value) -> checkAttribute(file, line, language, key, value, problems));
        if ((attributes.containsKey("compatible-with") || attributes.containsKey("incompatible-with"))
                && !attributes.containsKey("mode")) {
            attributes.put("mode", DEFAULT_MODE);
        }
        return attributes;
    }

    private static void checkAttribute(String file, int line, String language, String key, String value,
                                       Problems problems) {
        if (!ATTRIBUTES.contains(key)) {
            String guess = Spelling.closest(key, ATTRIBUTES).map(a -> " (did you mean '" + a + "'?)").orElse("");
            problems.add(file, line, "unknown code block attribute '" + key + "'" + guess);
            return;
        }
        switch (key) {
            case "no-check", "parse-only" -> {
                if (value.isBlank()) {
                    problems.add(file, line, key + " needs a reason: " + key + "=\"why this block cannot run\"");
                }
            }
            case "id" -> {
                if (!BLOCK_ID.matcher(value).matches()) {
                    problems.add(file, line, "code block id must be letters, digits, '.', '_' or '-': '" + value + "'");
                }
            }
            case "mode" -> {
                if (!MODES.contains(value)) {
                    problems.add(file, line, "unknown compatibility mode '" + value + "' (use one of "
                            + MODES.stream().sorted().toList() + ")");
                }
            }
            default -> {
                if (!language.equals("avro")) {
                    problems.add(file, line, key + " is for avro blocks, not " + (language.isEmpty() ? "a block without a language" : language));
                }
            }
        }
    }

    /** Block ids are unique in a lesson, and compatibility claims name an avro block of the same lesson. */
    static void checkReferences(String file, List<CodeBlock> blocks, Problems problems) {
        Map<String, CodeBlock> byId = new HashMap<>();
        for (CodeBlock block : blocks) {
            block.attribute("id").filter(id -> !id.isEmpty()).ifPresent(id -> {
                if (byId.putIfAbsent(id, block) != null) {
                    problems.add(file, block.line(), "duplicate code block id '" + id + "' (first on line "
                            + byId.get(id).line() + ")");
                }
            });
        }
        for (CodeBlock block : blocks) {
            for (String claim : List.of("compatible-with", "incompatible-with")) {
                block.attribute(claim).ifPresent(target -> {
                    CodeBlock other = byId.get(target);
                    if (other == null) {
                        problems.add(file, block.line(), claim + " names unknown block id '" + target + "'");
                    } else if (!other.language().equals("avro")) {
                        problems.add(file, block.line(), claim + " names block '" + target + "', which is not avro");
                    } else if (other == block) {
                        problems.add(file, block.line(), claim + " names the block itself");
                    }
                });
            }
        }
    }
}
