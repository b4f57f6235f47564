package dev.courseportal.content.internal;

import dev.courseportal.content.Problem;

import java.util.ArrayList;
import java.util.List;

/** Collects problems as they are found, so that one run reports all of them. Lessons are read in parallel. */
final class Problems {
    private final List<Problem> found = new ArrayList<>();

    synchronized void add(String file, int line, String message) {
        found.add(new Problem(file, Math.max(line, 1), message));
    }

    synchronized boolean isEmpty() {
        return found.isEmpty();
    }

    synchronized List<Problem> sorted() {
        return found.stream().sorted().distinct().toList();
    }
}
