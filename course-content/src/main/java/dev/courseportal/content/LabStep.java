package dev.courseportal.content;

import java.util.List;
import java.util.Objects;

/**
 * One numbered step of a lab.
 *
 * @param id     stable within the lesson; lab results are keyed by it
 * @param title  what the learner does
 * @param checks how the portal verifies the step; empty for a step that is only read
 */
public record LabStep(String id, String title, List<LabCheck> checks) {
    public LabStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        checks = List.copyOf(checks);
    }
}
