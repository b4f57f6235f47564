package dev.courseportal.content;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A check that lab-ops runs to verify a lab step.
 *
 * @param kind   what is checked
 * @param params the check's parameters as strings, with defaults of omitted optional parameters filled in
 * @param hint   what the learner is told when the check fails (Russian)
 */
public record LabCheck(CheckKind kind, Map<String, String> params, String hint) {
    public LabCheck {
        Objects.requireNonNull(kind, "kind");
        params = Map.copyOf(params);
        Objects.requireNonNull(hint, "hint");
    }

    /** A parameter's value, if the check has it. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }
}
