package dev.courseportal.content.internal;

import dev.courseportal.content.CheckKind;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The values each check parameter accepts, so that lab-ops never receives a check it cannot run. */
final class CheckRules {
    private static final Set<String> CONNECTOR_STATES =
            Set.of("RUNNING", "PAUSED", "STOPPED", "FAILED", "UNASSIGNED", "RESTARTING");
    private static final Set<String> OPS = Set.of("c", "u", "d", "r", "t");
    private static final Set<String> IDENTITIES = Set.of("DEFAULT", "FULL", "NOTHING", "INDEX");
    private static final Set<String> SERVICES = Set.of("connect", "schema-registry", "prometheus", "grafana", "jupyter");
    private static final Pattern QUALIFIED_TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*\\.[A-Za-z_][A-Za-z0-9_$]*");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    private CheckRules() {
    }

    /** What is wrong with a parameter value, if anything. */
    static Optional<String> validate(CheckKind kind, String name, String value) {
        return switch (kind.sourceName() + "." + name) {
            case "connector-state.state" -> oneOf(name, value, CONNECTOR_STATES);
            case "topic-has-event.op" -> oneOf(name, value, OPS);
            case "replication-slot.active" -> oneOf(name, value, Set.of("true", "false"));
            case "replica-identity.identity" -> oneOf(name, value, IDENTITIES);
            case "replica-identity.table", "publication.table" -> QUALIFIED_TABLE.matcher(value).matches()
                    ? Optional.empty() : Optional.of("'" + name + "' must be schema.table, not '" + value + "'");
            case "sql-returns.sql" -> singleSelect(value);
            case "schema-subject.minVersions" -> number(name, value, 1, 1_000);
            case "http-status.service" -> oneOf(name, value, SERVICES);
            case "http-status.path" -> value.startsWith("/")
                    ? Optional.empty() : Optional.of("'path' must start with '/', not '" + value + "'");
            case "http-status.status" -> number(name, value, 100, 599);
            default -> Optional.empty();
        };
    }

    private static Optional<String> oneOf(String name, String value, Set<String> allowed) {
        return allowed.contains(value) ? Optional.empty()
                : Optional.of("'" + name + "' must be one of " + allowed.stream().sorted().toList() + ", not '"
                + value + "'");
    }

    private static Optional<String> number(String name, String value, int min, int max) {
        if (WHOLE_NUMBER.matcher(value).matches()) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return Optional.empty();
            }
        }
        return Optional.of("'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    private static Optional<String> singleSelect(String sql) {
        String statement = sql.strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        String start = statement.toLowerCase(Locale.ROOT);
        if (!(start.startsWith("select") || start.startsWith("with")) || statement.contains(";")) {
            return Optional.of("'sql' must be one SELECT statement");
        }
        return Optional.empty();
    }
}
