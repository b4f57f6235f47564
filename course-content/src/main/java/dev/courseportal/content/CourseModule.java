package dev.courseportal.content;

import java.util.List;
import java.util.Objects;

/**
 * A module of the course: a folder of lessons with a descriptor.
 *
 * @param id             stable id; progress and the roadmap refer to it
 * @param title          the module title
 * @param summary        one or two sentences for the roadmap
 * @param order          position among modules, unique
 * @param estimatedHours the author's estimate of the module's effort
 * @param buildsOn       ids of the modules this one builds on (the roadmap's arrows)
 * @param lessons        the module's lessons in order
 * @param folder         the module's folder under the course root ({@code 01-foundations})
 */
public record CourseModule(String id, String title, String summary, int order, int estimatedHours,
                           List<String> buildsOn, List<Lesson> lessons, String folder) {
    public CourseModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        buildsOn = List.copyOf(buildsOn);
        lessons = List.copyOf(lessons);
        Objects.requireNonNull(folder, "folder");
    }

    /** The sum of the module's lesson estimates. */
    public int minutes() {
        return lessons.stream().mapToInt(Lesson::minutes).sum();
    }
}
