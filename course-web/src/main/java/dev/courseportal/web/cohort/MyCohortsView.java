package dev.courseportal.web.cohort;

import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.cohort.boundary.CohortViews.LearnerCohort;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The cohorts the signed-in learner belongs to, with their instructors. */
@Named
@RequestScoped
public class MyCohortsView {

    @EJB
    CohortService cohorts;

    @Inject
    CurrentCaller caller;

    private List<LearnerCohort> list;

    public List<LearnerCohort> getList() {
        if (list == null) {
            list = cohorts.cohortsOf(caller.get());
        }
        return list;
    }
}
