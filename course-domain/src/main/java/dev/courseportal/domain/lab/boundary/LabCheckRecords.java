package dev.courseportal.domain.lab.boundary;

import dev.courseportal.domain.lab.entity.LabCheckResult;
import dev.courseportal.domain.lab.entity.LabCheckRun;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learners' "check my lab" results, kept with their progress: every run is stored, the
 * latest run of a step is its result. Instructors' drill-downs and progress exports read
 * {@link #latestOf(long)}.
 */
@Stateless
public class LabCheckRecords {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public LabCheckRun record(long accountId, String lessonId, String stepId, Long environmentId,
                              String environmentName, Instant checkedAt, long durationMs,
                              List<LabCheckResult> results) {
        LabCheckRun run = new LabCheckRun(accountId, lessonId, stepId, environmentId, environmentName, checkedAt,
                durationMs, results);
        em.persist(run);
        return run;
    }

    /** The latest run of each step of a lesson, by step id. */
    public Map<String, LabCheckRun> latestPerStep(long accountId, String lessonId) {
        Map<String, LabCheckRun> latest = new LinkedHashMap<>();
        for (LabCheckRun run : em.createNamedQuery(LabCheckRun.OF_LESSON, LabCheckRun.class)
                .setParameter("accountId", accountId)
                .setParameter("lessonId", lessonId)
                .getResultList()) {
            latest.putIfAbsent(run.stepId(), run);
        }
        return latest;
    }

    /** The latest run of every step the learner checked, newest first. */
    public List<LabCheckRun> latestOf(long accountId) {
        Map<String, LabCheckRun> latest = new LinkedHashMap<>();
        for (LabCheckRun run : runsOf(accountId)) {
            latest.putIfAbsent(run.lessonId() + "\u0000" + run.stepId(), run);
        }
        return new ArrayList<>(latest.values());
    }

    /** Every run of the learner, newest first. */
    public List<LabCheckRun> runsOf(long accountId) {
        return em.createNamedQuery(LabCheckRun.OF_ACCOUNT, LabCheckRun.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }
}
