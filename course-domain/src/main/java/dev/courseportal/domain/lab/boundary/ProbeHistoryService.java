package dev.courseportal.domain.lab.boundary;

import dev.courseportal.domain.lab.entity.ProbeRecord;
import dev.courseportal.domain.lab.entity.ProbeRun;
import dev.courseportal.domain.lab.entity.ServiceHealth;
import dev.courseportal.domain.lab.entity.ServiceState;
import dev.courseportal.domain.lab.entity.ServiceStateKey;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the probe timer records and the status page reads: runs, the history of every probe,
 * the latest state of every service, and the lease that keeps runs from overlapping across
 * the nodes of a cluster.
 */
@Stateless
public class ProbeHistoryService {

    private static final String LEASE = "probe-run";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Takes the run lease if nobody holds it, in a transaction of its own so that other nodes
     * see it at once. One UPDATE decides: two nodes cannot both move {@code expires_at}
     * forward from the past.
     *
     * @param until when the lease lapses by itself if the holder dies during the run
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquireLease(String holder, Instant now, Instant until) {
        return em.createNativeQuery("UPDATE lab_probe_lease SET holder = ?1, expires_at = ?2 "
                        + "WHERE name = ?3 AND expires_at < ?4")
                .setParameter(1, holder)
                .setParameter(2, until)
                .setParameter(3, LEASE)
                .setParameter(4, now)
                .executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseLease(String holder, Instant now) {
        em.createNativeQuery("UPDATE lab_probe_lease SET holder = NULL, expires_at = ?1 WHERE name = ?2 AND holder = ?3")
                .setParameter(1, now)
                .setParameter(2, LEASE)
                .setParameter(3, holder)
                .executeUpdate();
    }

    /**
     * Stores a run: the run itself, one history row a probe, and the new latest state of each
     * service. Results of an environment removed during the run are dropped.
     */
    public RecordedRun record(ProbeRunReport report) {
        List<ProbeObservation> observations = existing(report.observations());
        int problems = (int) observations.stream().filter(o -> o.health() != ServiceHealth.UP).count();
        ProbeRun run = new ProbeRun(report.startedAt(), report.finishedAt(), report.durationMs(),
                report.environments(), observations.size(), problems, report.trigger(), report.node());
        em.persist(run);

        Set<Long> environmentIds = new HashSet<>();
        observations.forEach(o -> environmentIds.add(o.environmentId()));
        Map<ServiceStateKey, ServiceState> states = new HashMap<>();
        for (ServiceState state : states(environmentIds)) {
            states.put(new ServiceStateKey(state.environmentId(), state.service()), state);
        }
        List<StateChange> changes = new ArrayList<>();
        for (ProbeObservation o : observations) {
            em.persist(new ProbeRecord(run.id(), o.environmentId(), o.service(), o.health(), o.latencyMs(),
                    o.checkedAt(), o.messageKey(), o.messageArgs(), o.message()));
            ServiceStateKey key = new ServiceStateKey(o.environmentId(), o.service());
            ServiceState state = states.get(key);
            if (state == null) {
                state = new ServiceState(key);
                states.put(key, state);
                persistAfterFirstObservation(state, o, changes);
                continue;
            }
            ServiceHealth before = state.observe(o.health(), o.latencyMs(), o.checkedAt(), o.messageKey(),
                    o.messageArgs(), o.message(), o.details());
            if (before != o.health()) {
                changes.add(new StateChange(o.environmentId(), o.environmentName(), o.service(), before, o.health(), o.message()));
            }
        }
        return new RecordedRun(run.id(), changes);
    }

    private void persistAfterFirstObservation(ServiceState state, ProbeObservation o, List<StateChange> changes) {
        state.observe(o.health(), o.latencyMs(), o.checkedAt(), o.messageKey(), o.messageArgs(), o.message(), o.details());
        em.persist(state);
        changes.add(new StateChange(o.environmentId(), o.environmentName(), o.service(), null, o.health(), o.message()));
    }

    private List<ProbeObservation> existing(List<ProbeObservation> observations) {
        Set<Long> ids = new HashSet<>();
        observations.forEach(o -> ids.add(o.environmentId()));
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> present = new HashSet<>(em.createQuery(
                        "SELECT e.id FROM LabEnvironment e WHERE e.id IN :ids", Long.class)
                .setParameter("ids", ids)
                .getResultList());
        return observations.stream().filter(o -> present.contains(o.environmentId())).toList();
    }

    /** The latest state of every service of these environments. */
    public List<ServiceState> states(Collection<Long> environmentIds) {
        if (environmentIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ServiceState.OF_ENVIRONMENTS, ServiceState.class)
                .setParameter("environments", environmentIds)
                .getResultList();
    }

    /** Per environment and service: how often it answered since {@code since}. */
    public Map<Long, Map<String, Availability>> availability(Collection<Long> environmentIds, Instant since) {
        Map<Long, Map<String, Availability>> result = new HashMap<>();
        if (environmentIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createNamedQuery(ProbeRecord.AVAILABILITY, Object[].class)
                .setParameter("down", ServiceHealth.DOWN)
                .setParameter("environments", environmentIds)
                .setParameter("since", since)
                .getResultList();
        for (Object[] row : rows) {
            long samples = ((Number) row[2]).longValue();
            long available = row[3] == null ? 0 : ((Number) row[3]).longValue();
            result.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                    .put((String) row[1], new Availability(samples, available));
        }
        return result;
    }

    public Optional<ProbeRun> lastRun() {
        return em.createNamedQuery(ProbeRun.LATEST, ProbeRun.class).setMaxResults(1).getResultStream().findFirst();
    }

    public List<ProbeRun> runsSince(Instant since) {
        return em.createNamedQuery(ProbeRun.SINCE, ProbeRun.class).setParameter("since", since).getResultList();
    }

    /** Every probe of an environment since {@code since}, oldest first. */
    public List<ProbeRecord> history(long environmentId, Instant since) {
        return em.createNamedQuery(ProbeRecord.OF_ENVIRONMENT, ProbeRecord.class)
                .setParameter("environmentId", environmentId)
                .setParameter("since", since)
                .getResultList();
    }

    /** Deletes history and runs older than {@code before}; the latest state of each service stays. */
    public Pruned prune(Instant before) {
        int records = em.createNamedQuery(ProbeRecord.PRUNE).setParameter("before", before).executeUpdate();
        int runs = em.createNamedQuery(ProbeRun.PRUNE).setParameter("before", before).executeUpdate();
        return new Pruned(records, runs);
    }

    /** What {@link #prune} deleted. */
    public record Pruned(int records, int runs) {
    }
}
