package dev.courseportal.domain.cohort.boundary;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseModule;
import dev.courseportal.content.Lesson;
import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.catalog.CourseCatalog;
import dev.courseportal.domain.cohort.control.ProgressMatrix;
import dev.courseportal.domain.progress.entity.LessonProgress;
import dev.courseportal.domain.progress.entity.QuizAttempt;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The progress instructors watch: a cohort's matrix, and one learner's drill-down. Only the
 * cohort's instructors and administrators reach a cohort; a learner's own progress is theirs too.
 */
@Stateless
public class CohortProgress {

    /** One lesson of a learner's drill-down. {@code state} is null when the learner never opened it. */
    public record LessonLine(String moduleTitle, String lessonId, String lessonTitle, String state, Instant firstVisit,
                             Instant lastVisit, Instant completedAt, int quizQuestions, int quizCorrect,
                             int quizAnswered) implements Serializable {
    }

    /** One learner's progress in detail; {@code archived} holds progress in lessons no longer in the course. */
    public record LearnerDetail(long accountId, String username, String displayName, String email, Instant lastActivity,
                                int done, int total, List<LessonLine> lessons, List<LessonLine> archived)
            implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    CohortService cohorts;

    @EJB
    CourseCatalog catalog;

    @EJB
    AuditLog audit;

    public ProgressMatrix matrix(Caller caller, long cohortId) {
        cohorts.open(caller, cohortId);
        List<ProgressMatrix.Learner> learners = em.createQuery("SELECT a.id, a.username, a.displayName "
                        + "FROM Account a, CohortMember m WHERE m.accountId = a.id AND m.cohortId = :c "
                        + "ORDER BY a.displayName, a.username", Object[].class)
                .setParameter("c", cohortId).getResultStream()
                .map(r -> new ProgressMatrix.Learner((Long) r[0], (String) r[1], (String) r[2])).toList();
        List<ProgressMatrix.Mark> marks = em.createQuery("SELECT p.accountId, p.lessonId, p.state, p.lastVisitAt "
                        + "FROM LessonProgress p, CohortMember m WHERE m.accountId = p.accountId AND m.cohortId = :c",
                        Object[].class)
                .setParameter("c", cohortId).getResultStream()
                .map(r -> new ProgressMatrix.Mark((Long) r[0], (String) r[1], "DONE".equals(String.valueOf(r[2])),
                        (Instant) r[3])).toList();
        List<ProgressMatrix.QuizTally> quiz = em.createQuery("SELECT q.accountId, "
                        + "SUM(CASE WHEN q.correct = true THEN 1 ELSE 0 END), COUNT(q) "
                        + "FROM QuizAttempt q, CohortMember m WHERE m.accountId = q.accountId AND m.cohortId = :c "
                        + "GROUP BY q.accountId", Object[].class)
                .setParameter("c", cohortId).getResultStream()
                .map(r -> new ProgressMatrix.QuizTally((Long) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue()))
                .toList();
        return ProgressMatrix.build(catalog.course(), learners, marks, quiz);
    }

    /** A learner of the cohort in detail; refused unless the learner belongs to this cohort. */
    public LearnerDetail learnerInCohort(Caller caller, long cohortId, long learnerId) {
        cohorts.open(caller, cohortId);
        boolean member = !em.createQuery("SELECT m.accountId FROM CohortMember m WHERE m.cohortId = :c "
                        + "AND m.accountId = :a", Long.class)
                .setParameter("c", cohortId).setParameter("a", learnerId).getResultList().isEmpty();
        if (!member) {
            audit.recordAlone(caller.username(), AuditAction.ACCESS_DENIED, "learner " + learnerId, "cohort " + cohortId);
            throw new AccessDeniedException("learner " + learnerId + " is not in cohort " + cohortId);
        }
        return detail(learnerId);
    }

    /** A learner's progress for whoever may see it: the learner, their instructors, administrators. */
    public LearnerDetail learner(Caller caller, long learnerId) {
        if (!cohorts.maySee(caller, learnerId)) {
            audit.recordAlone(caller.username(), AuditAction.ACCESS_DENIED, "learner " + learnerId, null);
            throw new AccessDeniedException(caller.username() + " may not see learner " + learnerId);
        }
        return detail(learnerId);
    }

    private LearnerDetail detail(long learnerId) {
        Account account = em.find(Account.class, learnerId);
        if (account == null) {
            throw new AccessDeniedException("no account " + learnerId);
        }
        Map<String, LessonProgress> progress = new HashMap<>();
        Instant last = null;
        for (LessonProgress p : em.createNamedQuery(LessonProgress.OF_ACCOUNT, LessonProgress.class)
                .setParameter("accountId", learnerId).getResultList()) {
            progress.put(p.lessonId(), p);
            last = last == null || p.lastVisitAt().isAfter(last) ? p.lastVisitAt() : last;
        }
        Map<String, Set<String>> answered = new HashMap<>();
        Map<String, Set<String>> correct = new HashMap<>();
        for (QuizAttempt a : em.createNamedQuery(QuizAttempt.OF_ACCOUNT, QuizAttempt.class)
                .setParameter("accountId", learnerId).getResultList()) {
            answered.computeIfAbsent(a.lessonId(), k -> new HashSet<>()).add(a.questionId());
            if (a.correct()) {
                correct.computeIfAbsent(a.lessonId(), k -> new HashSet<>()).add(a.questionId());
            }
            last = last == null || a.attemptedAt().isAfter(last) ? a.attemptedAt() : last;
        }
        Course course = catalog.course();
        List<LessonLine> lines = new ArrayList<>();
        int done = 0;
        for (CourseModule module : course.modules()) {
            for (Lesson lesson : module.lessons()) {
                LessonProgress p = progress.remove(lesson.id());
                done += p != null && p.done() ? 1 : 0;
                lines.add(line(module.title(), lesson.id(), lesson.title(), p, lesson.quiz().size(), answered, correct));
            }
        }
        List<LessonLine> archived = progress.values().stream()
                .map(p -> line("", p.lessonId(), p.lessonId(), p, 0, answered, correct)).toList();
        return new LearnerDetail(account.id(), account.username(), account.displayName(), account.email(), last, done,
                course.lessons().size(), lines, archived);
    }

    private static LessonLine line(String module, String lessonId, String title, LessonProgress p, int questions,
                                   Map<String, Set<String>> answered, Map<String, Set<String>> correct) {
        return new LessonLine(module, lessonId, title, p == null ? null : p.state().name(),
                p == null ? null : p.firstVisitAt(), p == null ? null : p.lastVisitAt(),
                p == null ? null : p.completedAt(), questions,
                correct.getOrDefault(lessonId, Set.of()).size(), answered.getOrDefault(lessonId, Set.of()).size());
    }
}
