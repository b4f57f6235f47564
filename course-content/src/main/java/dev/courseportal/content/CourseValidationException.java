package dev.courseportal.content;

import java.util.List;
import java.util.stream.Collectors;

/** The course sources have problems; all of them are listed, sorted by file and line. */
public class CourseValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public CourseValidationException(List<Problem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems.stream().sorted().toList());
    }

    /** Every problem found, sorted by file and line. */
    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        return problems.size() + " problem(s) in the course:\n"
                + problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
