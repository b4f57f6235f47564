package dev.courseportal.domain.progress.entity;

/** Where a learner stands with one lesson. Ordered: a state never moves backwards by itself. */
public enum LessonState {
    VISITED,
    DONE
}
