package dev.courseportal.content.gate;

import java.util.Optional;

/** What the gate checks a block as; the label is what reports and failure lines print. */
public enum BlockKind {
    CONNECTOR_CONFIG("connector-config"),
    JSON("json"),
    SQL("sql"),
    PYTHON("python"),
    YAML("yaml"),
    AVRO("avro"),
    SHELL("shell");

    private final String label;

    BlockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The kind for a fence language, or empty for languages the gate has no checker for (text, console output,
     * diagrams, PromQL, Java and other illustrations). JSON is refined into connector configurations later.
     */
    static Optional<BlockKind> forLanguage(String language) {
        return Optional.ofNullable(switch (language) {
            case "json" -> JSON;
            case "sql" -> SQL;
            case "python" -> PYTHON;
            case "yaml" -> YAML;
            case "avro" -> AVRO;
            case "bash", "sh", "shell" -> SHELL;
            default -> null;
        });
    }
}
