package dev.courseportal.lab.verification;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.courseportal.lab.environment.LabMessage;

/** A check's parameters with the validation every kind needs. */
final class CheckParams {

    /** Names of connectors, topics, slots, publications, subjects: no spaces, slashes or quotes. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,249}");

    private final Map<String, String> values;

    CheckParams(Map<String, String> values) {
        this.values = values;
    }

    Optional<String> optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String required(String name) throws InvalidCheckException {
        return optional(name).orElseThrow(() -> new InvalidCheckException(LabMessage.of("check.missingParam", name)));
    }

    /** A required object name (connector, topic, slot ...). */
    String name(String param) throws InvalidCheckException {
        String value = required(param);
        if (!NAME.matcher(value).matches()) {
            throw invalid(param, "letters, digits, '.', '_' and '-' only");
        }
        return value;
    }

    /** An optional value from a fixed set, compared without case; returned as written in the set. */
    Optional<String> oneOf(String param, Set<String> allowed) throws InvalidCheckException {
        Optional<String> value = optional(param);
        if (value.isEmpty()) {
            return value;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value.get())) {
                return Optional.of(candidate);
            }
        }
        throw invalid(param, "one of " + allowed);
    }

    Optional<Boolean> bool(String param) throws InvalidCheckException {
        Optional<String> value = optional(param);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw invalid(param, "true or false");
        };
    }

    int integer(String param, int defaultValue, int min, int max) throws InvalidCheckException {
        Optional<String> value = optional(param);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number < min || number > max) {
                throw invalid(param, "between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(param, "a whole number");
        }
    }

    /** {@code schema.table}, or {@code table} in {@code defaultSchema}; identifiers as PostgreSQL folds them. */
    QualifiedTable table(String param, String defaultSchema) throws InvalidCheckException {
        String value = required(param);
        String[] parts = value.split("\\.", -1);
        Pattern identifier = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");
        for (String part : parts) {
            if (!identifier.matcher(part).matches()) {
                throw invalid(param, "schema.table with plain identifiers");
            }
        }
        return switch (parts.length) {
            case 1 -> new QualifiedTable(defaultSchema, parts[0].toLowerCase(Locale.ROOT));
            case 2 -> new QualifiedTable(parts[0].toLowerCase(Locale.ROOT), parts[1].toLowerCase(Locale.ROOT));
            default -> throw invalid(param, "schema.table with plain identifiers");
        };
    }

    static InvalidCheckException invalid(String param, String why) {
        return new InvalidCheckException(LabMessage.of("check.badParam", param, why));
    }

    /** A table name; {@code schema} is {@code null} when any schema will do. */
    record QualifiedTable(String schema, String table) {
        @Override
        public String toString() {
            return schema == null ? table : schema + "." + table;
        }
    }
}
