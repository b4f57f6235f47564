package dev.courseportal.domain.lab.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which lab environment cohorts use. A cohort names its environment in
 * {@code cohort.lab_environment} (migration V2, owned by the cohort component); this reads that
 * column and the roster, never writes them, and knows nothing else of cohorts. A name that
 * matches no environment leaves the learner on the default one.
 */
@Stateless
public class CohortLabEnvironments {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The environment name of the learner's cohort: a cohort running today first, else the one
     * that started last; empty when the learner is in no cohort that names an environment.
     */
    public Optional<String> environmentNameOf(long accountId) {
        List<?> names = em.createNativeQuery("SELECT c.lab_environment FROM cohort c "
                        + "JOIN cohort_member m ON m.cohort_id = c.id "
                        + "WHERE m.account_id = ?1 AND c.lab_environment IS NOT NULL "
                        + "ORDER BY CASE WHEN CURRENT_DATE BETWEEN c.starts_on AND c.ends_on THEN 0 ELSE 1 END, "
                        + "c.starts_on DESC, c.id DESC")
                .setParameter(1, accountId)
                .setMaxResults(1)
                .getResultList();
        return names.stream().map(String::valueOf).map(String::strip).filter(n -> !n.isEmpty()).findFirst();
    }

    /** Cohort names by the environment name they use, cohorts in name order. */
    public Map<String, List<String>> cohortsByEnvironmentName() {
        Map<String, List<String>> byEnvironment = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT c.lab_environment, c.name FROM cohort c "
                + "WHERE c.lab_environment IS NOT NULL ORDER BY c.name").getResultList()) {
            Object[] columns = (Object[]) row;
            byEnvironment.computeIfAbsent(String.valueOf(columns[0]).strip(), n -> new java.util.ArrayList<>())
                    .add(String.valueOf(columns[1]));
        }
        return byEnvironment;
    }
}
