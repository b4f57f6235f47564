package dev.courseportal.web.instructor;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.cohort.boundary.CohortProgress;
import dev.courseportal.domain.cohort.boundary.CohortProgress.LearnerDetail;
import dev.courseportal.web.admin.AdminTexts;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One learner of a cohort in detail, for the cohort's instructors: every lesson with its state and
 * dates, quiz answers per lesson, last activity. Refused for a learner outside the cohort, and for
 * a cohort the caller does not run.
 */
@Named
@RequestScoped
public class LearnerView {

    @EJB
    CohortProgress progress;

    @Inject
    CurrentCaller caller;

    private Long cohort;
    private Long learner;
    private LearnerDetail detail;

    public void load() {
        if (cohort == null || learner == null) {
            AdminTexts.error("error.forbidden");
            return;
        }
        try {
            detail = progress.learnerInCohort(caller.get(), cohort, learner);
        } catch (AccessDeniedException e) {
            AdminTexts.denied(e);
        }
    }

    public boolean isFound() {
        return detail != null;
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
