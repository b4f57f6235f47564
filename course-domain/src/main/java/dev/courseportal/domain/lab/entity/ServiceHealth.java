package dev.courseportal.domain.lab.entity;

/**
 * How a lab service was found, as stored: the same three values as lab-ops' probe status
 * (the domain cannot see lab-ops' types, so lab-ops maps them by name).
 */
public enum ServiceHealth {
    /** Answers, and what it says is fine. */
    UP,
    /** Answers, but something is wrong (a failed task, wal_level not logical ...). */
    DEGRADED,
    /** No answer in time, connection refused, unreachable. */
    DOWN;

    /** Whether the service answered at all: what the availability figure counts. */
    public boolean available() {
        return this != DOWN;
    }
}
