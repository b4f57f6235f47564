package dev.courseportal.lab.check;

import java.util.List;
import java.util.Optional;

import dev.courseportal.content.Course;
import dev.courseportal.content.Lesson;
import dev.courseportal.content.LabStep;
import dev.courseportal.lab.verification.LabCheck;

/** A lesson's lab steps as the check library takes them. */
final class LessonChecks {

    private LessonChecks() {
    }

    static Optional<LabStep> step(Course course, String lessonId, String stepId) {
        if (lessonId == null || stepId == null) {
            return Optional.empty();
        }
        return course.lesson(lessonId)
                .flatMap(Lesson::lab)
                .flatMap(lab -> lab.steps().stream().filter(s -> s.id().equals(stepId)).findFirst());
    }

    /** The step's checks with the kind as lessons write it; blank optional parameters mean "not asked". */
    static List<LabCheck> of(LabStep step) {
        return step.checks().stream()
                .map(c -> new LabCheck(c.kind().sourceName(), c.params(), c.hint()))
                .toList();
    }
}
