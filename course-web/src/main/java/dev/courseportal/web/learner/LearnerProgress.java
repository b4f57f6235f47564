package dev.courseportal.web.learner;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseModule;
import dev.courseportal.content.Lesson;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.progress.boundary.ProgressService;
import dev.courseportal.domain.progress.entity.LessonProgress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The signed-in learner's progress, read once per request and shared by header, tree and page. */
@Named
@RequestScoped
public class LearnerProgress {

    /** How far a learner is in a module. */
    public enum ModuleState { NOT_STARTED, IN_PROGRESS, DONE }

    @EJB
    ProgressService progress;

    @EJB
    CourseCatalog catalog;

    @Inject
    CurrentLearner learner;

    private Map<String, LessonProgress> byLesson;

    private Map<String, LessonProgress> byLesson() {
        if (byLesson == null) {
            byLesson = new HashMap<>();
            if (learner.isSignedIn()) {
                for (LessonProgress p : progress.progressOf(learner.getAccountId())) {
                    byLesson.put(p.lessonId(), p);
                }
            }
        }
        return byLesson;
    }

    /** Forgets what was read, after this request changed the learner's progress. */
    public void refresh() {
        byLesson = null;
    }

    public boolean isDone(String lessonId) {
        LessonProgress p = byLesson().get(lessonId);
        return p != null && p.done();
    }

    public boolean isVisited(String lessonId) {
        return byLesson().containsKey(lessonId);
    }

    public Optional<LessonProgress> of(String lessonId) {
        return Optional.ofNullable(byLesson().get(lessonId));
    }

    public int doneCount(List<Lesson> lessons) {
        int done = 0;
        for (Lesson lesson : lessons) {
            if (isDone(lesson.id())) {
                done++;
            }
        }
        return done;
    }

    public int getOverallPercent() {
        Course course = catalog.course();
        return percent(doneCount(course.lessons()), course.lessons().size());
    }

    public int getOverallDone() {
        return doneCount(catalog.course().lessons());
    }

    public int getOverallTotal() {
        return catalog.course().lessons().size();
    }

    public int percentOf(CourseModule module) {
        return percent(doneCount(module.lessons()), module.lessons().size());
    }

    public ModuleState stateOf(CourseModule module) {
        int done = doneCount(module.lessons());
        if (done > 0 && done == module.lessons().size()) {
            return ModuleState.DONE;
        }
        boolean touched = module.lessons().stream().anyMatch(l -> isVisited(l.id()));
        return touched ? ModuleState.IN_PROGRESS : ModuleState.NOT_STARTED;
    }

    /** Progress rows for lessons no longer in the course: kept, shown as archived. */
    public List<LessonProgress> getArchived() {
        Course course = catalog.course();
        return byLesson().values().stream()
                .filter(p -> course.lesson(p.lessonId()).isEmpty())
                .sorted((a, b) -> a.lessonId().compareTo(b.lessonId()))
                .toList();
    }

    public static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
