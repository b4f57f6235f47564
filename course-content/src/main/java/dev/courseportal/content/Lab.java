package dev.courseportal.content;

import java.util.List;
import java.util.Objects;

/**
 * The practical part of a lesson, run on the learner's lab environment.
 *
 * @param title the lab's title
 * @param steps the steps in order
 */
public record Lab(String title, List<LabStep> steps) {
    public Lab {
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }
}
