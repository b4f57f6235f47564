package dev.courseportal.content;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of lab check a lesson may declare, with the parameters each one takes. lab-ops runs them against a
 * learner's lab environment; the course README documents them for authors.
 */
public enum CheckKind {
    CONNECTOR_STATE("connector-state", Set.of("connector"), Map.of("state", "RUNNING")),
    TOPIC_EXISTS("topic-exists", Set.of("topic"), Map.of()),
    TOPIC_HAS_EVENT("topic-has-event", Set.of("topic"), optional("op", "keyContains", "valueContains")),
    REPLICATION_SLOT("replication-slot", Set.of("slot"), optional("active")),
    PUBLICATION("publication", Set.of("publication"), optional("table")),
    REPLICA_IDENTITY("replica-identity", Set.of("table", "identity"), Map.of()),
    SQL_RETURNS("sql-returns", Set.of("sql", "expected"), Map.of()),
    SCHEMA_SUBJECT("schema-subject", Set.of("subject"), Map.of("minVersions", "1")),
    HTTP_STATUS("http-status", Set.of("service", "path"), Map.of("status", "200"));

    private final String sourceName;
    private final Set<String> required;
    private final Map<String, String> optional;

    CheckKind(String sourceName, Set<String> required, Map<String, String> optional) {
        this.sourceName = sourceName;
        this.required = required;
        this.optional = optional;
    }

    /** Optional parameters without a default value are mapped to the empty string. */
    private static Map<String, String> optional(String... names) {
        Map<String, String> result = new HashMap<>();
        for (String name : names) {
            result.put(name, "");
        }
        return Map.copyOf(result);
    }

    /** The kind as authors write it ({@code connector-state}). */
    public String sourceName() {
        return sourceName;
    }

    /** Parameters every check of this kind must declare. */
    public Set<String> requiredParameters() {
        return required;
    }

    /** Parameters a check may declare; those with a non-empty value get it as default when omitted. */
    public Map<String, String> optionalParameters() {
        return optional;
    }

    /** The kind an author wrote, if it is a known one. */
    public static Optional<CheckKind> fromSource(String value) {
        for (CheckKind kind : values()) {
            if (kind.sourceName.equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
