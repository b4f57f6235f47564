package dev.courseportal.domain.lab.boundary;

import dev.courseportal.domain.lab.control.LabEnvironmentSettings;
import dev.courseportal.domain.lab.control.SettingsProblem;
import dev.courseportal.domain.lab.entity.LabEnvironment;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The transaction edge of lab environments: the ones administrators configured, the default
 * one (seeded as {@code local} by the migration), and which one a learner uses. Every write
 * checks the settings first and throws {@link InvalidLabEnvironmentException}, changing
 * nothing, when they are refused.
 */
@Stateless
public class LabEnvironmentService {

    private static final Logger LOG = Logger.getLogger(LabEnvironmentService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    CohortLabEnvironments cohorts;

    public List<LabEnvironment> all() {
        return em.createNamedQuery(LabEnvironment.ALL, LabEnvironment.class).getResultList();
    }

    /** The environments the timer probes. */
    public List<LabEnvironment> probed() {
        return em.createNamedQuery(LabEnvironment.PROBED, LabEnvironment.class).getResultList();
    }

    public Optional<LabEnvironment> byId(long id) {
        return Optional.ofNullable(em.find(LabEnvironment.class, id));
    }

    public Optional<LabEnvironment> byName(String name) {
        return em.createNamedQuery(LabEnvironment.BY_NAME, LabEnvironment.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    /** The environment of every learner whose cohort has none. */
    public LabEnvironment defaultEnvironment() {
        return em.createNamedQuery(LabEnvironment.DEFAULTS, LabEnvironment.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                // Only a hand-edited database has no default: the oldest environment stands in.
                .or(() -> em.createQuery("SELECT e FROM LabEnvironment e ORDER BY e.id", LabEnvironment.class)
                        .setMaxResults(1).getResultStream().findFirst())
                .orElseThrow(() -> new NoSuchElementException("no lab environment is configured"));
    }

    /** The learner's environment: the one their cohort names, if it exists, else the default. */
    public LabEnvironment environmentOf(long accountId) {
        return cohorts.environmentNameOf(accountId).flatMap(this::byName).orElseGet(this::defaultEnvironment);
    }

    /** Cohort names by environment id. */
    public Map<Long, List<String>> cohortsByEnvironment() {
        Map<String, List<String>> byName = cohorts.cohortsByEnvironmentName();
        Map<Long, List<String>> byId = new HashMap<>();
        for (LabEnvironment environment : all()) {
            List<String> names = byName.get(environment.name());
            if (names != null) {
                byId.put(environment.id(), names);
            }
        }
        return byId;
    }

    /**
     * Cohorts whose environment name matches no environment, by that name: their learners use
     * the default environment, which an instructor should know.
     */
    public Map<String, List<String>> cohortsWithUnknownEnvironment() {
        Map<String, List<String>> unknown = new LinkedHashMap<>(cohorts.cohortsByEnvironmentName());
        all().forEach(environment -> unknown.remove(environment.name()));
        return unknown;
    }

    public List<LabEnvironmentSummary> summaries() {
        return all().stream().map(LabEnvironmentSummary::of).toList();
    }

    public Optional<LabEnvironmentSummary> summary(long id) {
        return byId(id).map(LabEnvironmentSummary::of);
    }

    public LabEnvironmentSummary create(LabEnvironmentSettings settings) throws InvalidLabEnvironmentException {
        refuse(settings.problems(true));
        if (byName(settings.name()).isPresent()) {
            refuse(List.of(SettingsProblem.of("name", "nameTaken", settings.name())));
        }
        LabEnvironment environment = new LabEnvironment(settings, Instant.now());
        em.persist(environment);
        flush(settings.name());
        LOG.info(() -> "Lab environment added: " + environment);
        return LabEnvironmentSummary.of(environment);
    }

    /**
     * Saves an edit made on the version the administrator saw; an edit of an older version
     * is refused, so that two administrators never silently overwrite each other.
     */
    public LabEnvironmentSummary update(long id, long expectedVersion, LabEnvironmentSettings settings)
            throws InvalidLabEnvironmentException {
        LabEnvironment environment = existing(id);
        if (environment.version() != expectedVersion) {
            refuse(List.of(SettingsProblem.of(null, "stale")));
        }
        refuse(settings.problems(false));
        Optional<LabEnvironment> sameName = byName(settings.name());
        if (sameName.isPresent() && !sameName.get().id().equals(environment.id())) {
            refuse(List.of(SettingsProblem.of("name", "nameTaken", settings.name())));
        }
        if (!environment.name().equals(settings.name())) {
            refuseIfCohortsUse(environment, "name");
        }
        environment.apply(settings, Instant.now());
        flush(settings.name());
        LOG.info(() -> "Lab environment changed: " + environment);
        return LabEnvironmentSummary.of(environment);
    }

    /** Whether the timer probes the environment (an unused classroom stack need not be). */
    public void setProbed(long id, boolean probed) throws InvalidLabEnvironmentException {
        existing(id).probe(probed, Instant.now());
    }

    /** Makes the environment the one of every learner without a cohort environment. */
    public void makeDefault(long id) throws InvalidLabEnvironmentException {
        LabEnvironment chosen = existing(id);
        for (LabEnvironment environment : em.createNamedQuery(LabEnvironment.DEFAULTS, LabEnvironment.class).getResultList()) {
            environment.markDefault(false);
        }
        chosen.markDefault(true);
        LOG.info(() -> "Default lab environment is now " + chosen.name());
    }

    /**
     * Removes an environment and its probe history; learners' check results keep its name.
     * The default environment cannot be removed (learners without a cohort need one), nor one
     * that cohorts use.
     */
    public void remove(long id) throws InvalidLabEnvironmentException {
        LabEnvironment environment = existing(id);
        if (environment.isDefault()) {
            refuse(List.of(SettingsProblem.of(null, "removeDefault", environment.name())));
        }
        refuseIfCohortsUse(environment, null);
        em.remove(environment);
        LOG.info(() -> "Lab environment removed: " + environment.name());
    }

    /**
     * Cohorts name their environment: renaming or removing one they use would silently move
     * their learners to the default environment, so it is refused, naming the cohorts.
     */
    private void refuseIfCohortsUse(LabEnvironment environment, String field) throws InvalidLabEnvironmentException {
        List<String> users = cohorts.cohortsByEnvironmentName().get(environment.name());
        if (users != null && !users.isEmpty()) {
            refuse(List.of(SettingsProblem.of(field, "usedByCohorts", environment.name(), String.join(", ", users))));
        }
    }

    private LabEnvironment existing(long id) throws InvalidLabEnvironmentException {
        LabEnvironment environment = em.find(LabEnvironment.class, id);
        if (environment == null) {
            refuse(List.of(SettingsProblem.of(null, "notFound")));
        }
        return environment;
    }

    /** Writes now, so that a concurrent insert of the same name or edit is reported, not lost at commit. */
    private void flush(String name) throws InvalidLabEnvironmentException {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            refuse(List.of(SettingsProblem.of(null, "stale")));
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            refuse(List.of(SettingsProblem.of("name", "nameTaken", name)));
        }
    }

    /** SQLState 23505 on H2 and PostgreSQL alike. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(List<SettingsProblem> problems) throws InvalidLabEnvironmentException {
        if (!problems.isEmpty()) {
            throw new InvalidLabEnvironmentException(problems);
        }
    }
}
