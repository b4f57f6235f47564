package dev.courseportal.content.gate;

import java.util.List;

/**
 * What a checker found in one block.
 *
 * @param issues     what is wrong; empty when the block passed
 * @param markReason why the block counts as marked rather than checked (empty for a checked block)
 */
record Verdict(List<Issue> issues, String markReason) {
    Verdict {
        issues = List.copyOf(issues);
    }

    static Verdict passed() {
        return new Verdict(List.of(), "");
    }

    static Verdict marked(String reason) {
        return new Verdict(List.of(), reason);
    }

    static Verdict of(List<Issue> issues) {
        return new Verdict(issues, "");
    }

    static Verdict failed(int line, String message) {
        return new Verdict(List.of(new Issue(line, message)), "");
    }

    /** The same issues; marked with the reason if nothing is wrong and a reason applies. */
    Verdict markedIfPassed(String reason) {
        return issues.isEmpty() && !reason.isEmpty() ? marked(reason) : this;
    }

    Outcome outcome() {
        if (!issues.isEmpty()) {
            return Outcome.FAILED;
        }
        return markReason.isEmpty() ? Outcome.CHECKED : Outcome.MARKED;
    }
}
