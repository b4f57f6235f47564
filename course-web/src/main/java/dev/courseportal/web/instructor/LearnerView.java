package dev.courseportal.web.instructor;

import dev.courseportal.content.Course;
import dev.courseportal.content.LabStep;
import dev.courseportal.content.Lesson;
import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.cohort.boundary.CohortProgress;
import dev.courseportal.domain.cohort.boundary.CohortProgress.LearnerDetail;
import dev.courseportal.domain.lab.boundary.LabCheckRecords;
import dev.courseportal.domain.lab.entity.LabCheckRun;
import dev.courseportal.web.admin.AdminTexts;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One learner of a cohort in detail, for the cohort's instructors: every lesson with its state and
 * dates, quiz answers per lesson, last activity, and the latest "check my lab" result of each lab
 * step the learner checked. Refused for a learner outside the cohort, and for a cohort the caller
 * does not run: the lab results are read only after {@link CohortProgress} let the caller in, since
 * {@link LabCheckRecords} checks no caller itself.
 */
@Named
@RequestScoped
public class LearnerView {

    @EJB
    CohortProgress progress;

    @EJB
    LabCheckRecords labChecks;

    @EJB
    CourseCatalog catalog;

    @Inject
    CurrentCaller caller;

    /**
     * The latest check of one lab step, named as the course names it today; a lesson or step the
     * course no longer has keeps its id.
     *
     * @param stepNumber 1-based position of the step in its lab, 0 when the course no longer has the step
     */
    public record LabCheckLine(String lessonId, String lessonTitle, String stepId, int stepNumber, String stepTitle,
                               boolean passed, int checksPassed, int checksTotal, Instant checkedAt,
                               String environmentName) {

        static LabCheckLine of(LabCheckRun run, Course course) {
            Optional<Lesson> lesson = course.lesson(run.lessonId());
            List<LabStep> steps = lesson.flatMap(Lesson::lab).map(lab -> lab.steps()).orElse(List.of());
            int number = 0;
            String stepTitle = run.stepId();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).id().equals(run.stepId())) {
                    number = i + 1;
                    stepTitle = steps.get(i).title();
                }
            }
            return new LabCheckLine(run.lessonId(), lesson.map(Lesson::title).orElse(run.lessonId()), run.stepId(),
                    number, stepTitle, run.passed(), run.checksPassed(), run.checksTotal(), run.checkedAt(),
                    run.environmentName());
        }
    }

    private Long cohort;
    private Long learner;
    private LearnerDetail detail;
    private List<LabCheckLine> labLines = List.of();

    public void load() {
        if (cohort == null || learner == null) {
            AdminTexts.error("error.forbidden");
            return;
        }
        try {
            detail = progress.learnerInCohort(caller.get(), cohort, learner);
            Course course = catalog.course();
            labLines = labChecks.latestOf(detail.accountId()).stream().map(run -> LabCheckLine.of(run, course)).toList();
        } catch (AccessDeniedException e) {
            AdminTexts.denied(e);
        }
    }

    public boolean isFound() {
        return detail != null;
    }

    /** The latest check of every lab step the learner checked, newest first. */
    public List<LabCheckLine> getLabChecks() {
        return labLines;
    }

    public LearnerDetail getDetail() {
        return detail;
    }

    public int getPercent() {
        return detail.total() == 0 ? 0 : (int) Math.round(100.0 * detail.done() / detail.total());
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public Long getLearner() {
        return learner;
    }

    public void setLearner(Long learner) {
        this.learner = learner;
    }
}
