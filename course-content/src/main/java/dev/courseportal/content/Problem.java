package dev.courseportal.content;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong in the course sources.
 *
 * @param file    the source path relative to the course root ({@code 01-foundations/01-cdc-fundamentals.md})
 * @param line    the offending line, from 1
 * @param message what is wrong, in words an author can act on
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line: message}, the form compilers use, so that IDEs and terminals link to the line. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
