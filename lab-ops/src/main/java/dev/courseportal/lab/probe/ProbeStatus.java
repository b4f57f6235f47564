package dev.courseportal.lab.probe;

/** How a service of a lab is doing. */
public enum ProbeStatus {
    /** Answers, and what it says is fine. */
    UP,
    /** Answers, but something is wrong in what it says (a failed task, wal_level not logical ...). */
    DEGRADED,
    /** Does not answer in time, refuses connections, or cannot be reached. */
    DOWN;

    /** The worse of two statuses: an environment is as healthy as its worst service. */
    public ProbeStatus worst(ProbeStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
