package dev.courseportal.domain.cohort.boundary;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.boundary.InvalidInputException;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.cohort.boundary.CohortViews.Candidate;
import dev.courseportal.domain.cohort.boundary.CohortViews.CohortSummary;
import dev.courseportal.domain.cohort.boundary.CohortViews.LearnerCohort;
import dev.courseportal.domain.cohort.boundary.CohortViews.Member;
import dev.courseportal.domain.cohort.entity.Cohort;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Running cohorts and their rosters. An instructor reaches the cohorts they run, an administrator
 * every cohort, a learner only the list of their own cohorts; anything else is refused.
 */
@Stateless
public class CohortService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    public List<CohortSummary> visibleTo(Caller caller) {
        caller.require(Role.INSTRUCTOR, Role.ADMINISTRATOR);
        List<Cohort> cohorts = caller.isAdministrator()
                ? em.createQuery("SELECT c FROM Cohort c ORDER BY c.startsOn DESC, c.id DESC", Cohort.class).getResultList()
                : em.createQuery("SELECT c FROM Cohort c WHERE :me MEMBER OF c.instructorIds "
                        + "ORDER BY c.startsOn DESC, c.id DESC", Cohort.class)
                        .setParameter("me", caller.accountId()).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.cohortId, COUNT(m) FROM CohortMember m GROUP BY m.cohortId",
                Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return cohorts.stream().map(c -> summary(c, counts.getOrDefault(c.id(), 0L))).toList();
    }

    public CohortSummary summary(Caller caller, long cohortId) {
        Cohort cohort = open(caller, cohortId);
        long members = em.createQuery("SELECT COUNT(m) FROM CohortMember m WHERE m.cohortId = :c", Long.class)
                .setParameter("c", cohortId).getSingleResult();
        return summary(cohort, members);
    }

    /** The cohort, if the caller runs it or administers the portal; refused otherwise. */
    public Cohort open(Caller caller, long cohortId) {
        caller.require(Role.INSTRUCTOR, Role.ADMINISTRATOR);
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null || !(caller.isAdministrator() || cohort.runBy(caller.accountId()))) {
            audit.recordAlone(caller.username(), AuditAction.ACCESS_DENIED, "cohort " + cohortId, null);
            throw new AccessDeniedException(caller.username() + " may not open cohort " + cohortId);
        }
        return cohort;
    }

    public Cohort create(Caller caller, String name, LocalDate startsOn, LocalDate endsOn, String labEnvironment) {
        caller.require(Role.INSTRUCTOR, Role.ADMINISTRATOR);
        Cohort cohort = new Cohort(requireName(name), requireDate(startsOn), requireDate(endsOn),
                checkedLab(labEnvironment, startsOn, endsOn), caller.accountId());
        em.persist(cohort);
        em.flush();
        audit.record(caller.username(), AuditAction.COHORT_CREATED, label(cohort), null);
        return cohort;
    }

    public Cohort update(Caller caller, long cohortId, long version, String name, LocalDate startsOn, LocalDate endsOn,
                         String labEnvironment) {
        Cohort cohort = open(caller, cohortId);
        if (cohort.version() != version) {
            throw new InvalidInputException("cohort.changedMeanwhile");
        }
        cohort.reschedule(requireName(name), requireDate(startsOn), requireDate(endsOn),
                checkedLab(labEnvironment, startsOn, endsOn));
        try {
            em.flush();
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
            // Another editor saved the same version a moment earlier (between the check above and
            // this update): the same clear message, and this transaction is rolled back.
            throw new InvalidInputException("cohort.changedMeanwhile");
        }
        audit.record(caller.username(), AuditAction.COHORT_UPDATED, label(cohort), null);
        return cohort;
    }

    public void delete(Caller caller, long cohortId) {
        Cohort cohort = open(caller, cohortId);
        audit.record(caller.username(), AuditAction.COHORT_DELETED, label(cohort), null);
        em.remove(cohort);
    }

    /** Lets another instructor run the cohort too; they must hold the instructor role. */
    public void addInstructor(Caller caller, long cohortId, String username) {
        Cohort cohort = open(caller, cohortId);
        Account instructor = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username == null ? "" : username.strip())
                .getResultStream().findFirst()
                .filter(a -> a.active() && a.hasRole(Role.INSTRUCTOR))
                .orElseThrow(() -> new InvalidInputException("cohort.notAnInstructor", String.valueOf(username)));
        cohort.addInstructor(instructor.id());
        audit.record(caller.username(), AuditAction.COHORT_UPDATED, label(cohort), "instructor + " + instructor.username());
    }

    public List<Member> members(Caller caller, long cohortId) {
        open(caller, cohortId);
        return em.createQuery("SELECT a.id, a.username, a.displayName, a.email, m.addedAt, a.active "
                        + "FROM Account a, CohortMember m WHERE m.accountId = a.id AND m.cohortId = :c "
                        + "ORDER BY a.displayName, a.username", Object[].class)
                .setParameter("c", cohortId)
                .getResultStream()
                .map(r -> new Member((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Instant) r[4],
                        (Boolean) r[5]))
                .toList();
    }

    /** Active learners matching {@code text} who are not in the cohort yet, for the roster search. */
    public List<Candidate> candidates(Caller caller, long cohortId, String text) {
        open(caller, cohortId);
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery("SELECT a FROM Account a WHERE a.active = true AND :learner MEMBER OF a.roles "
                        + "AND (LOWER(a.username) LIKE :t OR LOWER(a.displayName) LIKE :t OR LOWER(a.email) LIKE :t) "
                        + "AND NOT EXISTS (SELECT m FROM CohortMember m WHERE m.cohortId = :c AND m.accountId = a.id) "
                        + "ORDER BY a.displayName", Account.class)
                .setParameter("learner", Role.LEARNER)
                .setParameter("t", like)
                .setParameter("c", cohortId)
                .setMaxResults(20)
                .getResultStream()
                .map(a -> new Candidate(a.id(), a.username(), a.displayName(), a.email()))
                .toList();
    }

    /** Adds a learner; adding one who is already in the cohort changes nothing. */
    public boolean enroll(Caller caller, long cohortId, long accountId) {
        Cohort cohort = open(caller, cohortId);
        Account learner = em.find(Account.class, accountId);
        if (learner == null || !learner.active() || !learner.hasRole(Role.LEARNER)) {
            throw new InvalidInputException("roster.notALearner", learner == null ? String.valueOf(accountId)
                    : learner.username());
        }
        boolean added = insertMember(em, cohortId, accountId);
        if (added) {
            audit.record(caller.username(), AuditAction.ENROLLED, learner.username(), label(cohort));
        }
        return added;
    }

    public boolean unenroll(Caller caller, long cohortId, long accountId) {
        Cohort cohort = open(caller, cohortId);
        int removed = em.createQuery("DELETE FROM CohortMember m WHERE m.cohortId = :c AND m.accountId = :a")
                .setParameter("c", cohortId).setParameter("a", accountId).executeUpdate();
        if (removed > 0) {
            Account learner = em.find(Account.class, accountId);
            audit.record(caller.username(), AuditAction.UNENROLLED,
                    learner == null ? String.valueOf(accountId) : learner.username(), label(cohort));
        }
        return removed > 0;
    }

    /** The cohorts the caller learns in, with their instructors: every signed-in person may ask. */
    public List<LearnerCohort> cohortsOf(Caller caller) {
        List<Cohort> cohorts = em.createQuery("SELECT c FROM Cohort c WHERE c.id IN "
                        + "(SELECT m.cohortId FROM CohortMember m WHERE m.accountId = :me) ORDER BY c.startsOn DESC",
                        Cohort.class)
                .setParameter("me", caller.accountId()).getResultList();
        return cohorts.stream().map(c -> new LearnerCohort(c.id(), c.name(), c.startsOn(), c.endsOn(),
                c.labEnvironment(), instructorNames(c.instructorIds()))).toList();
    }

    /** Whether the caller may see this learner's progress: themselves, their instructor, an administrator. */
    public boolean maySee(Caller caller, long learnerId) {
        if (caller.accountId() == learnerId || caller.isAdministrator()) {
            return true;
        }
        if (!caller.has(Role.INSTRUCTOR)) {
            return false;
        }
        return !em.createQuery("SELECT c.id FROM Cohort c, CohortMember m WHERE m.cohortId = c.id "
                        + "AND m.accountId = :learner AND :me MEMBER OF c.instructorIds", Long.class)
                .setParameter("learner", learnerId).setParameter("me", caller.accountId())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Static, not a business method: callers in this package share it without the EJB proxy. */
    static boolean insertMember(EntityManager em, long cohortId, long accountId) {
        // One atomic statement: two instructors adding the same learner at once cannot collide.
        return em.createNativeQuery("INSERT INTO cohort_member (cohort_id, account_id, added_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, cohortId).setParameter(2, accountId).setParameter(3, Instant.now())
                .executeUpdate() > 0;
    }

    private CohortSummary summary(Cohort c, long members) {
        return new CohortSummary(c.id(), c.name(), c.startsOn(), c.endsOn(), c.labEnvironment(), members,
                instructorNames(c.instructorIds()), c.version());
    }

    private List<String> instructorNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a.displayName FROM Account a WHERE a.id IN :ids ORDER BY a.displayName",
                String.class).setParameter("ids", ids).getResultList();
    }

    static String label(Cohort cohort) {
        return "cohort " + cohort.id() + " " + cohort.name();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("cohort.nameRequired");
        }
        if (name.strip().length() > 120) {
            throw new InvalidInputException("cohort.nameTooLong");
        }
        return name;
    }

    private static LocalDate requireDate(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("cohort.datesRequired");
        }
        return date;
    }

    private static String checkedLab(String lab, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("cohort.endsBeforeStart");
        }
        if (lab != null && lab.strip().length() > 100) {
            throw new InvalidInputException("cohort.labTooLong");
        }
        return lab;
    }
}
