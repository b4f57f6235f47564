package dev.courseportal.content.gate;

import dev.courseportal.content.CourseLoader;
import dev.courseportal.content.CourseValidationException;
import dev.courseportal.content.internal.LenientCodeBlockReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The content gate over the course this module ships: every code block against the real software. Writes
 * {@code target/content-gate/report.md} and {@code report.csv}, logs the summary, and fails listing every failure as
 * {@code file:line: kind: message}, paths relative to this module.
 */
@ExtendWith(GatePostgresExtension.class)
class CourseContentGateTest {
    static final Path COURSE = Path.of("src/main/resources/course");
    static final String PATH_PREFIX = "src/main/resources/course/";
    static final Path SAMPLE_SCHEMA = Path.of("../lab-ops/compose/postgres/init/01-inventory.sql");
    static final Path REPORT_DIR = Path.of("target/content-gate");
    private static final System.Logger LOG = System.getLogger(CourseContentGateTest.class.getName());

    @Test
    void everySampleWorksWithThePinnedSoftware(GatePostgres postgres) throws IOException {
        List<GateLesson> lessons;
        try {
            lessons = GateLesson.of(new CourseLoader().load(COURSE));
        } catch (CourseValidationException e) {
            // RealCourseValidationTest fails on these; the samples are still worth checking meanwhile.
            LOG.log(System.Logger.Level.WARNING, "The course has " + e.problems().size() + " engine problem(s) (see "
                    + "RealCourseValidationTest); the gate reads the code blocks anyway.");
            lessons = GateLesson.of(LenientCodeBlockReader.read(COURSE));
        }
        ContentGate gate = new ContentGate(new ContentGate.Settings(postgres, "inventory",
                Files.readString(SAMPLE_SCHEMA), GateTestSupport.python(), REPORT_DIR.resolve("python")));
        GateReport report = gate.run(lessons);
        report.write(REPORT_DIR, PATH_PREFIX);
        LOG.log(System.Logger.Level.INFO, "Content gate over " + lessons.size() + " lessons (report: "
                + REPORT_DIR.resolve("report.md") + ")\n" + report.summaryTable());
        List<String> failures = report.failureLines(PATH_PREFIX);
        if (!failures.isEmpty()) {
            fail(failures.size() + " problem(s) in the course's code samples:\n" + String.join("\n", failures));
        }
    }
}
