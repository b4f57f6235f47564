package dev.courseportal.web.instructor;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.cohort.boundary.CohortViews.Candidate;
import dev.courseportal.domain.cohort.boundary.CohortViews.CohortSummary;
import dev.courseportal.domain.cohort.boundary.CohortViews.Member;
import dev.courseportal.web.admin.AdminTexts;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One cohort for its instructor: its details, its roster (remove; add one by one through a
 * search). The CSV upload lives in {@link RosterUploadView} on the same page.
 */
@Named
@ViewScoped
public class CohortView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CohortService cohorts;

    @Inject
    CurrentCaller caller;

    private Long id;
    private CohortSummary cohort;
    private List<Member> members = List.of();
    private boolean denied;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String labEnvironment;
    private String search;
    private List<Candidate> candidates = List.of();
    private String coInstructor;

    public void load() {
        if (id == null) {
            denied = true;
            AdminTexts.error("error.forbidden");
            return;
        }
        refresh();
        if (cohort != null) {
            name = cohort.name();
            startsOn = cohort.startsOn();
            endsOn = cohort.endsOn();
            labEnvironment = cohort.labEnvironment();
        }
    }

    void refresh() {
        try {
            cohort = cohorts.summary(caller.get(), id);
            members = cohorts.members(caller.get(), id);
        } catch (AccessDeniedException e) {
            denied = true;
            cohort = null;
            members = List.of();
            AdminTexts.denied(e);
        }
    }

    public void save() {
        run(() -> cohorts.update(caller.get(), id, cohort.version(), name, startsOn, endsOn, labEnvironment), "cohort.saved");
    }

    public void find() {
        try {
            candidates = cohorts.candidates(caller.get(), id, search);
            if (candidates.isEmpty()) {
                AdminTexts.info("roster.noCandidates");
            }
        } catch (AccessDeniedException e) {
            denied = true;
            AdminTexts.denied(e);
        }
    }

    public void enroll(long accountId) {
        run(() -> cohorts.enroll(caller.get(), id, accountId), "roster.added");
        candidates = candidates.stream().filter(c -> c.accountId() != accountId).toList();
    }

    public void unenroll(long accountId) {
        run(() -> cohorts.unenroll(caller.get(), id, accountId), "roster.removed");
    }

    public void addInstructor() {
        run(() -> {
            cohorts.addInstructor(caller.get(), id, coInstructor);
            return null;
        }, "cohort.instructorAdded");
        coInstructor = null;
    }

    private void run(java.util.function.Supplier<?> action, String doneKey) {
        if (denied || cohort == null) {
            return;
        }
        try {
            action.get();
            AdminTexts.info(doneKey);
        } catch (InvalidInputException e) {
            AdminTexts.refused(e);
        } catch (AccessDeniedException e) {
            denied = true;
            AdminTexts.denied(e);
            return;
        }
        refresh();
    }

    public boolean isFound() {
        return cohort != null && !denied;
    }

    public CohortSummary getCohort() {
        return cohort;
    }

    public List<Member> getMembers() {
        return members;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getCoInstructor() {
        return coInstructor;
    }

    public void setCoInstructor(String coInstructor) {
        this.coInstructor = coInstructor;
    }
}
