package dev.courseportal.content.internal;

import dev.courseportal.content.Problem;

import java.util.ArrayList;
import java.util.List;

/** Collects problems as they are found, so that one run reports all of them. Not thread-safe. */
final class Problems {
    private final List<Problem> found = new ArrayList<>();

    void add(String file, int line, String message) {
        found.add(new Problem(file, Math.max(line, 1), message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> sorted() {
        return found.stream().sorted().distinct().toList();
    }
}
