package dev.courseportal.lab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.courseportal.content.CheckKind;
import dev.courseportal.content.Course;
import dev.courseportal.content.CourseModule;
import dev.courseportal.content.Difficulty;
import dev.courseportal.content.Lab;
import dev.courseportal.content.LabCheck;
import dev.courseportal.content.LabStep;
import dev.courseportal.content.Lesson;
import dev.courseportal.content.LoadStatistics;

class LessonChecksTest {

    private static Course course() {
        LabStep register = new LabStep("register-connector", "Register", List.of(
                new LabCheck(CheckKind.CONNECTOR_STATE, Map.of("connector", "inventory-connector", "state", "RUNNING"),
                        "Смотрите статус"),
                new LabCheck(CheckKind.TOPIC_HAS_EVENT, Map.of("topic", "lab.inventory.customers", "op", "",
                        "keyContains", "", "valueContains", "anna"), "Прочитайте тему")));
        LabStep read = new LabStep("read-only", "Read", List.of());
        Lesson lesson = Lesson.builder().id("first-connector").moduleId("foundations").title("First connector")
                .summary("s").difficulty(Difficulty.BEGINNER).html("<p/>").sourcePath("x.md")
                .lab(new Lab("Lab", List.of(register, read))).build();
        CourseModule module = new CourseModule("foundations", "Foundations", "s", 1, 1, List.of(), List.of(lesson), "01");
        return new Course("course", "Course", "s", List.of(module), Map.of(), "v", Instant.now(),
                new LoadStatistics(1, 1, 0, 0, 0, Duration.ZERO));
    }

    @Test
    void aStepIsFoundByLessonAndStepIdOnly() {
        assertEquals("register-connector", LessonChecks.step(course(), "first-connector", "register-connector")
                .orElseThrow().id());
        assertTrue(LessonChecks.step(course(), "first-connector", "no-such-step").isEmpty());
        assertTrue(LessonChecks.step(course(), "no-such-lesson", "register-connector").isEmpty());
        assertTrue(LessonChecks.step(course(), null, null).isEmpty());
    }

    @Test
    void checksKeepTheLessonsKindParametersAndHintInOrder() {
        LabStep step = LessonChecks.step(course(), "first-connector", "register-connector").orElseThrow();
        List<dev.courseportal.lab.verification.LabCheck> checks = LessonChecks.of(step);
        assertEquals(List.of("connector-state", "topic-has-event"),
                checks.stream().map(dev.courseportal.lab.verification.LabCheck::kind).toList());
        assertEquals("inventory-connector", checks.get(0).params().get("connector"));
        assertEquals("anna", checks.get(1).params().get("valueContains"));
        assertEquals("Прочитайте тему", checks.get(1).hint());
    }
}
