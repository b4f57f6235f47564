package dev.courseportal.web.lab;

import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.entity.ProbeRun;
import dev.courseportal.lab.schedule.LabProbeSchedule;
import dev.courseportal.lab.status.EnvironmentStatus;
import dev.courseportal.lab.status.LabStatus;
import dev.courseportal.web.learner.CurrentLearner;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The lab status page: the learner's environment, and for instructors and administrators
 * every environment with the cohorts that use it. Read-only except "probe now", which only
 * asks the timer for a run and returns at once.
 */
@Named
@RequestScoped
public class LabStatusView {

    @EJB
    LabStatus status;

    @EJB
    LabProbeSchedule schedule;

    @EJB
    LabEnvironmentService environments;

    @Inject
    CurrentLearner learner;

    @Inject
    LabText text;

    private EnvironmentStatus own;
    private List<EnvironmentStatus> others;
    private ProbeRun lastRun;
    private boolean loaded;

    private void load() {
        if (loaded) {
            return;
        }
        own = status.forLearner(learner.getAccountId());
        others = isStaff()
                ? status.all().stream().filter(e -> e.id() != own.id()).toList()
                : List.of();
        lastRun = status.lastRun().orElse(null);
        loaded = true;
    }

    public boolean isStaff() {
        return learner.isInstructor() || learner.isAdministrator();
    }

    public EnvironmentStatus getOwn() {
        load();
        return own;
    }

    public List<EnvironmentStatus> getOthers() {
        load();
        return others;
    }

    public ProbeRun getLastRun() {
        load();
        return lastRun;
    }

    /** Cohorts naming an environment that does not exist, for instructors and administrators. */
    public List<UnknownEnvironment> getUnknownCohortEnvironments() {
        if (!isStaff()) {
            return List.of();
        }
        return environments.cohortsWithUnknownEnvironment().entrySet().stream()
                .map(e -> new UnknownEnvironment(e.getKey(), String.join(", ", e.getValue())))
                .toList();
    }

    /** An environment name that cohorts use but no environment has. */
    public record UnknownEnvironment(String name, String cohorts) {
    }

    public long getIntervalSeconds() {
        return schedule.interval().toSeconds();
    }

    /** Instructors and administrators may ask for a run now; learners wait for the timer. */
    public void probeNow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isStaff()) {
            faces.getExternalContext().setResponseStatus(403);
            return;
        }
        schedule.requestRun();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.text("status.probeRequested"), null));
    }
}
