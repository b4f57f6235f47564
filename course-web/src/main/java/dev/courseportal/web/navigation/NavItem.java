package dev.courseportal.web.navigation;

import java.io.Serializable;

/**
 * One entry of the course tree: a module or a lesson, with what the tree shows of it.
 *
 * @param lessonId null for a module
 */
public record NavItem(String id, String lessonId, String title, boolean done, int percent) implements Serializable {

    public boolean isLesson() {
        return lessonId != null;
    }
}
