package dev.courseportal.content;

import java.util.Objects;

/**
 * The plain text of a lesson between one heading and the next, for search.
 *
 * @param anchor  the heading's anchor; empty for the text before the first heading
 * @param heading the heading as plain text; the lesson title for the text before the first heading
 * @param level   the heading level; 1 for the text before the first heading
 * @param text    prose and code of the section as plain text
 */
public record LessonSection(String anchor, String heading, int level, String text) {
    public LessonSection {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
