package dev.courseportal.web.lab;

import dev.courseportal.domain.lab.boundary.InvalidLabEnvironmentException;
import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.boundary.LabEnvironmentSummary;
import dev.courseportal.domain.lab.control.SettingsProblem;
import dev.courseportal.web.learner.CurrentLearner;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The administrators' lab environments: the list, and a form to add or edit one. Passwords and
 * tokens are write-only: the form never holds the stored value, a blank field keeps it. Every
 * refusal is shown beside its field in the administrator's language and changes nothing.
 */
@Named
@ViewScoped
public class LabEnvironmentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "environment";

    @EJB
    LabEnvironmentService environments;

    @Inject
    CurrentLearner learner;

    @Inject
    LabText text;

    private final EnvironmentForm form = new EnvironmentForm();
    private boolean editing;

    /** View action: only administrators see the page; others get a 403 with a plain sentence. */
    public void load() {
        if (!isAllowed()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    public boolean isAllowed() {
        return learner.isAdministrator();
    }

    public List<LabEnvironmentSummary> getEnvironments() {
        return isAllowed() ? environments.summaries() : List.of();
    }

    public EnvironmentForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
    }

    public void add() {
        if (isAllowed()) {
            form.clear();
            editing = true;
        }
    }

    public void edit(long id) {
        if (!isAllowed()) {
            return;
        }
        Optional<LabEnvironmentSummary> summary = environments.summary(id);
        if (summary.isEmpty()) {
            error(null, "notFound", List.of());
            return;
        }
        form.fill(summary.get());
        editing = true;
    }

    public void cancel() {
        form.clear();
        editing = false;
    }

    public void save() {
        if (!isAllowed()) {
            return;
        }
        try {
            LabEnvironmentSummary saved = form.id() == null
                    ? environments.create(form.settings())
                    : environments.update(form.id(), form.version(), form.settings());
            info("env.saved", saved.name());
            form.clear();
            editing = false;
        } catch (InvalidLabEnvironmentException e) {
            form.forgetSecrets();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text.text("env.invalid"), null));
            for (SettingsProblem problem : e.problems()) {
                error(problem.field(), problem.key(), problem.args());
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void makeDefault(long id) {
        act(id, () -> environments.makeDefault(id), "env.defaultSet");
    }

    public void toggleProbed(long id, boolean probed) {
        act(id, () -> environments.setProbed(id, !probed), probed ? "env.probeDisabled" : "env.probeEnabled");
    }

    public void remove(long id) {
        act(id, () -> environments.remove(id), "env.removed");
    }

    private void act(long id, Action action, String doneKey) {
        if (!isAllowed()) {
            return;
        }
        String name = environments.summary(id).map(LabEnvironmentSummary::name).orElse("?");
        try {
            action.run();
            info(doneKey, name);
        } catch (InvalidLabEnvironmentException e) {
            e.problems().forEach(p -> error(null, p.key(), p.args()));
        }
    }

    private void info(String key, String name) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text.text(key, name), null));
    }

    /** A refusal beside its field ({@code environment:<field>}), or at the top of the page. */
    private void error(String field, String key, List<String> args) {
        Object[] values = new Object[args.size() + 1];
        values[0] = field == null ? "" : text.text("env.field." + field);
        for (int i = 0; i < args.size(); i++) {
            values[i + 1] = args.get(i);
        }
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text.text("env.error." + key, values), null);
        FacesContext.getCurrentInstance().addMessage(field == null ? null : FORM + ":" + field, message);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws InvalidLabEnvironmentException;
    }
}
