package dev.courseportal.lab.verification;

import java.util.Map;
import java.util.Objects;

/**
 * A lab check as a lesson declares it.
 *
 * @param kind   one of {@link LabCheckRunner#kinds()}, e.g. {@code connector-state}
 * @param params the kind's parameters, e.g. {@code connector=inventory-connector}
 * @param hint   what to tell the learner when the check fails (from the lesson, may be empty)
 */
public record LabCheck(String kind, Map<String, String> params, String hint) {

    public LabCheck {
        Objects.requireNonNull(kind, "kind");
        params = Map.copyOf(params);
        hint = hint == null ? "" : hint;
    }
}
