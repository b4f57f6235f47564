package dev.courseportal.domain.lab.entity;

/** Why a probe run happened. */
public enum ProbeTrigger {
    /** The interval timer. */
    SCHEDULE,
    /** An instructor or administrator asked for a run now ("probe now"), or a test. */
    REQUESTED
}
