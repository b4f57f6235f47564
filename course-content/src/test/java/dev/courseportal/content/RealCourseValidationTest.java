package dev.courseportal.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The course this module ships must load without a single problem. A failure lists every problem as
 * {@code file:line: message}, paths relative to this module, so that a terminal or an IDE links to the line.
 */
class RealCourseValidationTest {
    static final Path REAL_COURSE = Path.of("src/main/resources/course");

    @Test
    void theShippedCourseHasNoProblems() {
        try {
            new CourseLoader().load(REAL_COURSE);
        } catch (CourseValidationException e) {
            fail(e.problems().size() + " problem(s) in the course sources:\n" + e.problems().stream()
                    .map(problem -> REAL_COURSE.resolve(problem.file()).toString().replace('\\', '/') + ":"
                            + problem.line() + ": " + problem.message())
                    .collect(Collectors.joining("\n")));
        }
    }
}
