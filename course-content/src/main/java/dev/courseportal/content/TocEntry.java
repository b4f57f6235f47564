package dev.courseportal.content;

import java.util.Objects;

/**
 * One heading of a lesson's table of contents.
 *
 * @param level  heading level, 2 to 6 (the lesson title is the page's level 1)
 * @param anchor the heading's id in the lesson HTML, without {@code #}
 * @param text   the heading as plain text
 */
public record TocEntry(int level, String anchor, String text) {
    public TocEntry {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
    }
}
