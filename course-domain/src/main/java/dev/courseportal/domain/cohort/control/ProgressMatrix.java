package dev.courseportal.domain.cohort.control;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseModule;
import dev.courseportal.content.Lesson;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cohort's progress as the dashboard shows it: one row a learner, one column a lesson of the
 * course in course order, each cell not started, visited or done. Built once from three queries
 * and kept compact (a byte a cell), so sorting and filtering 500 × 44 cells is done in memory.
 */
public final class ProgressMatrix implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final byte NOT_STARTED = 0;
    public static final byte VISITED = 1;
    public static final byte DONE = 2;

    /** A lesson column. */
    public record Column(String lessonId, String title, String moduleId) implements Serializable {
    }

    /** A module: its columns are {@code from} (inclusive) to {@code to} (exclusive). */
    public record ModuleSpan(String id, String title, int from, int to) implements Serializable {
    }

    /** A learner's row. {@code states[i]} belongs to column {@code i}. */
    public record Row(long accountId, String username, String displayName, Instant lastActivity, byte[] states,
                      int done, int quizCorrect, int quizAnswered) implements Serializable {

        public byte state(int column) {
            return states[column];
        }

        public int percent(int columns) {
            return columns == 0 ? 0 : (int) Math.round(100.0 * done / columns);
        }

        /** Correct answers among all answers given, in percent; -1 when the learner answered nothing. */
        public int quizPercent() {
            return quizAnswered == 0 ? -1 : (int) Math.round(100.0 * quizCorrect / quizAnswered);
        }
    }

    /** A learner of the cohort as the roster knows them. */
    public record Learner(long accountId, String username, String displayName) {
    }

    /** One stored progress mark. */
    public record Mark(long accountId, String lessonId, boolean done, Instant lastVisit) {
    }

    /** A learner's quiz answers so far. */
    public record QuizTally(long accountId, int correct, int answered) {
    }

    private final List<Column> columns;
    private final List<ModuleSpan> modules;
    private final List<Row> rows;

    private ProgressMatrix(List<Column> columns, List<ModuleSpan> modules, List<Row> rows) {
        this.columns = List.copyOf(columns);
        this.modules = List.copyOf(modules);
        this.rows = List.copyOf(rows);
    }

    public static ProgressMatrix build(Course course, List<Learner> learners, List<Mark> marks, List<QuizTally> quiz) {
        List<Column> columns = new ArrayList<>();
        List<ModuleSpan> modules = new ArrayList<>();
        Map<String, Integer> columnOf = new HashMap<>();
        for (CourseModule module : course.modules()) {
            int from = columns.size();
            for (Lesson lesson : module.lessons()) {
                columnOf.put(lesson.id(), columns.size());
                columns.add(new Column(lesson.id(), lesson.title(), module.id()));
            }
            modules.add(new ModuleSpan(module.id(), module.title(), from, columns.size()));
        }
        Map<Long, byte[]> states = new HashMap<>();
        Map<Long, Instant> last = new HashMap<>();
        for (Learner learner : learners) {
            states.put(learner.accountId(), new byte[columns.size()]);
        }
        for (Mark mark : marks) {
            byte[] row = states.get(mark.accountId());
            if (row == null) {
                continue;
            }
            last.merge(mark.accountId(), mark.lastVisit(), (a, b) -> a.isAfter(b) ? a : b);
            Integer column = columnOf.get(mark.lessonId());
            if (column != null) {
                row[column] = mark.done() ? DONE : VISITED;
            }
        }
        Map<Long, QuizTally> tallies = new HashMap<>();
        quiz.forEach(t -> tallies.put(t.accountId(), t));
        List<Row> rows = new ArrayList<>(learners.size());
        for (Learner learner : learners) {
            byte[] row = states.get(learner.accountId());
            int done = 0;
            for (byte cell : row) {
                done += cell == DONE ? 1 : 0;
            }
            QuizTally tally = tallies.getOrDefault(learner.accountId(), new QuizTally(learner.accountId(), 0, 0));
            rows.add(new Row(learner.accountId(), learner.username(), learner.displayName(),
                    last.get(learner.accountId()), row, done, tally.correct(), tally.answered()));
        }
        return new ProgressMatrix(columns, modules, rows);
    }

    public List<Column> columns() {
        return columns;
    }

    public List<ModuleSpan> modules() {
        return modules;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Per module, the share of its lesson cells done across all learners, in percent. */
    public int[] moduleCompletion() {
        int[] percent = new int[modules.size()];
        for (int m = 0; m < modules.size(); m++) {
            ModuleSpan span = modules.get(m);
            long done = 0;
            for (Row row : rows) {
                for (int c = span.from(); c < span.to(); c++) {
                    done += row.states()[c] == DONE ? 1 : 0;
                }
            }
            long cells = (long) rows.size() * (span.to() - span.from());
            percent[m] = cells == 0 ? 0 : (int) Math.round(100.0 * done / cells);
        }
        return percent;
    }

    /** Learners with no activity since {@code cutoff} (or none at all), the longest idle first. */
    public List<Row> inactiveSince(Instant cutoff) {
        return rows.stream()
                .filter(r -> r.lastActivity() == null || r.lastActivity().isBefore(cutoff))
                .sorted((a, b) -> a.lastActivity() == null ? (b.lastActivity() == null ? 0 : -1)
                        : b.lastActivity() == null ? 1 : a.lastActivity().compareTo(b.lastActivity()))
                .toList();
    }

    @Override
    public String toString() {
        return "ProgressMatrix[" + rows.size() + " x " + columns.size() + "]";
    }

    /** A copy of a row's cells, for callers that must not share the matrix's arrays. */
    public static byte[] cells(Row row) {
        return Arrays.copyOf(row.states(), row.states().length);
    }
}
