package dev.courseportal.web.lab;

import dev.courseportal.lab.check.CheckMyLab;
import dev.courseportal.lab.check.CheckRefusedException;
import dev.courseportal.lab.check.StepCheck;
import dev.courseportal.web.learner.CurrentLearner;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Check my lab" on a lesson page: one button a lab step, the step's stored result below it.
 * The lesson and step ids come from the lesson the page shows; the checks, their parameters
 * and the endpoints are looked up on the server, never taken from the request.
 */
@Named
@ViewScoped
public class LabCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CheckMyLab checks;

    @Inject
    CurrentLearner learner;

    private String loadedLesson;
    private final Map<String, StepCheck> results = new HashMap<>();
    private final Map<String, String> refusals = new HashMap<>();
    private String environmentName;

    /** The latest stored result of the step; {@code null} before its first check. */
    public StepCheck result(String lessonId, String stepId) {
        load(lessonId);
        return results.get(stepId);
    }

    /** The same as a list of none or one, for a page to iterate over. */
    public List<StepCheck> results(String lessonId, String stepId) {
        StepCheck result = result(lessonId, stepId);
        return result == null ? List.of() : List.of(result);
    }

    /** Why the last click on the step's button did nothing, as a text key; {@code null} normally. */
    public String refusal(String stepId) {
        return refusals.get(stepId);
    }

    public String environment(String lessonId) {
        load(lessonId);
        return environmentName;
    }

    public void check(String lessonId, String stepId) {
        load(lessonId);
        refusals.remove(stepId);
        try {
            results.put(stepId, checks.check(learner.getAccountId(), lessonId, stepId));
        } catch (CheckRefusedException e) {
            refusals.put(stepId, "check.refused." + e.reason());
        }
    }

    private void load(String lessonId) {
        if (lessonId == null || lessonId.equals(loadedLesson)) {
            return;
        }
        results.clear();
        results.putAll(checks.latest(learner.getAccountId(), lessonId));
        environmentName = checks.environmentName(learner.getAccountId());
        loadedLesson = lessonId;
    }
}
