package dev.courseportal.web.api;

import dev.courseportal.domain.cohort.control.ProgressMatrix;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API that are not domain records already. */
public final class ApiViews {

    private ApiViews() {
    }

    /** An error: a stable code and, for refused input, the message key. */
    public record Problem(String error, String detail) {
    }

    /** A lesson column of a cohort's progress. */
    public record LessonRef(String id, String title, String module) {
    }

    /** One learner of a cohort's progress; {@code lessons} maps a lesson id to VISITED or DONE. */
    public record LearnerProgress(long accountId, String username, String displayName, Instant lastActivity, int done,
                                  int percent, Integer quizPercent, Map<String, String> lessons) {
    }

    /** A cohort's whole progress matrix. */
    public record CohortProgress(long cohortId, List<LessonRef> lessons, List<LearnerProgress> learners) {
    }

    static CohortProgress of(long cohortId, ProgressMatrix matrix) {
        List<ProgressMatrix.Column> columns = matrix.columns();
        List<LessonRef> lessons = columns.stream().map(c -> new LessonRef(c.lessonId(), c.title(), c.moduleId())).toList();
        List<LearnerProgress> learners = matrix.rows().stream().map(row -> {
            Map<String, String> states = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                byte state = row.state(c);
                if (state != ProgressMatrix.NOT_STARTED) {
                    states.put(columns.get(c).lessonId(), state == ProgressMatrix.DONE ? "DONE" : "VISITED");
                }
            }
            return new LearnerProgress(row.accountId(), row.username(), row.displayName(), row.lastActivity(), row.done(),
                    row.percent(columns.size()), row.quizPercent() < 0 ? null : row.quizPercent(), states);
        }).toList();
        return new CohortProgress(cohortId, lessons, learners);
    }
}
