package dev.courseportal.lab.check;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import dev.courseportal.domain.lab.entity.LabCheckRun;

/** One "check my lab" of one step: passed when every check passed. */
public record StepCheck(long runId, String lessonId, String stepId, boolean passed, int checksPassed,
                        int checksTotal, Instant checkedAt, long durationMs, String environmentName,
                        List<CheckView> checks) implements Serializable {

    public StepCheck {
        checks = List.copyOf(checks);
    }

    static StepCheck of(LabCheckRun run) {
        return new StepCheck(run.id(), run.lessonId(), run.stepId(), run.passed(), run.checksPassed(),
                run.checksTotal(), run.checkedAt(), run.durationMs(), run.environmentName(),
                run.results().stream().map(CheckView::of).toList());
    }
}
