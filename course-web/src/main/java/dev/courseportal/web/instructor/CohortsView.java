package dev.courseportal.web.instructor;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.cohort.boundary.CohortViews.CohortSummary;
import dev.courseportal.domain.cohort.entity.Cohort;
import dev.courseportal.web.admin.AdminTexts;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The cohorts an instructor runs (every cohort for an administrator) and the form for a new one. */
@Named
@ViewScoped
public class CohortsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CohortService cohorts;

    @Inject
    CurrentCaller caller;

    private List<CohortSummary> list;
    private String name;
    private LocalDate startsOn = LocalDate.now();
    private LocalDate endsOn = LocalDate.now().plusWeeks(8);
    private String labEnvironment;

    public List<CohortSummary> getList() {
        if (list == null) {
            try {
                list = cohorts.visibleTo(caller.get());
            } catch (AccessDeniedException e) {
                AdminTexts.denied(e);
                list = List.of();
            }
        }
        return list;
    }

    public String create() {
        try {
            Cohort cohort = cohorts.create(caller.get(), name, startsOn, endsOn, labEnvironment);
            return "/instructor/cohort.xhtml?faces-redirect=true&id=" + cohort.id();
        } catch (InvalidInputException e) {
            AdminTexts.refused(e);
        } catch (AccessDeniedException e) {
            AdminTexts.denied(e);
        }
        return null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getLabEnvironment() {
        return labEnvironment;
    }

    public void setLabEnvironment(String labEnvironment) {
        this.labEnvironment = labEnvironment;
    }
}
