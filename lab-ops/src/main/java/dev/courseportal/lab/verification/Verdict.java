package dev.courseportal.lab.verification;

import dev.courseportal.lab.environment.LabMessage;

/** What one check kind concluded: passed or not, what it saw, and why. */
record Verdict(boolean passed, String observed, LabMessage message) {

    static Verdict pass(String observed, LabMessage message) {
        return new Verdict(true, observed, message);
    }

    static Verdict fail(String observed, LabMessage message) {
        return new Verdict(false, observed, message);
    }

    /** Passed or failed on a condition, with the same observation and message. */
    static Verdict when(boolean passed, String observed, LabMessage message) {
        return new Verdict(passed, observed, message);
    }
}
