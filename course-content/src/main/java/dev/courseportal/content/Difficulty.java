package dev.courseportal.content;

import java.util.Locale;
import java.util.Optional;

/** How demanding a lesson is, as its front matter declares it. */
public enum Difficulty {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED;

    /** The value as authors write it in front matter ({@code beginner}). */
    public String sourceName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The difficulty an author wrote, if it is one of the known values. */
    public static Optional<Difficulty> fromSource(String value) {
        for (Difficulty difficulty : values()) {
            if (difficulty.sourceName().equals(value)) {
                return Optional.of(difficulty);
            }
        }
        return Optional.empty();
    }
}
