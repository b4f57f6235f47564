package dev.courseportal.domain.progress.boundary;

import dev.courseportal.domain.progress.entity.LessonProgress;
import dev.courseportal.domain.progress.entity.QuizAttempt;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The transaction edge for a learner's progress. Writes are single atomic SQL statements
 * (insert-if-absent, then an in-place update), so marks sent at once from many tabs never
 * overwrite each other and never fail on a version conflict.
 */
@Stateless
public class ProgressService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void visit(long accountId, String lessonId, String anchor) {
        Instant now = Instant.now();
        ensureRow(accountId, lessonId, now);
        em.createNativeQuery("UPDATE lesson_progress SET last_visit_at = ?1, "
                        + "last_anchor = COALESCE(?2, last_anchor), version = version + 1 "
                        + "WHERE account_id = ?3 AND lesson_id = ?4")
                .setParameter(1, now)
                .setParameter(2, anchor == null || anchor.isBlank() ? null : truncate(anchor, 200))
                .setParameter(3, accountId)
                .setParameter(4, lessonId)
                .executeUpdate();
    }

    public void markDone(long accountId, String lessonId) {
        Instant now = Instant.now();
        // The lesson was opened before it is marked, so its row is almost always there: one
        // statement; the insert-if-absent only when the update found nothing.
        if (setDoneRow(accountId, lessonId, now) == 0) {
            ensureRow(accountId, lessonId, now);
            setDoneRow(accountId, lessonId, now);
        }
    }

    private int setDoneRow(long accountId, String lessonId, Instant now) {
        return em.createNativeQuery("UPDATE lesson_progress SET state = 'DONE', "
                        + "completed_at = COALESCE(completed_at, ?1), last_visit_at = ?1, version = version + 1 "
                        + "WHERE account_id = ?2 AND lesson_id = ?3")
                .setParameter(1, now)
                .setParameter(2, accountId)
                .setParameter(3, lessonId)
                .executeUpdate();
    }

    /**
     * Marks the lesson done or not done (the state named, never a toggle) and answers the ids of
     * every lesson the learner has done afterwards, in one transaction: what the lesson page's
     * script needs to update the course tree and the header.
     */
    public Set<String> setDone(long accountId, String lessonId, boolean done) {
        if (done) {
            markDone(accountId, lessonId);
        } else {
            markNotDone(accountId, lessonId);
        }
        return doneLessons(accountId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> doneLessons(long accountId) {
        List<?> ids = em.createNativeQuery("SELECT lesson_id FROM lesson_progress WHERE account_id = ?1 AND state = 'DONE'")
                .setParameter(1, accountId)
                .getResultList();
        Set<String> done = new HashSet<>();
        ids.forEach(id -> done.add((String) id));
        return done;
    }

    public void markNotDone(long accountId, String lessonId) {
        em.createNativeQuery("UPDATE lesson_progress SET state = 'VISITED', completed_at = NULL, "
                        + "version = version + 1 WHERE account_id = ?1 AND lesson_id = ?2")
                .setParameter(1, accountId)
                .setParameter(2, lessonId)
                .executeUpdate();
    }

    // Reads join a caller's transaction but start none: every lesson page reads progress several
    // times, and a JTA transaction per read was a measurable share of its CPU (bench/results).
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LessonProgress> progressOf(long accountId) {
        return em.createNamedQuery(LessonProgress.OF_ACCOUNT, LessonProgress.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LessonProgress> progressIn(long accountId, String lessonId) {
        return em.createNamedQuery(LessonProgress.OF_ACCOUNT_AND_LESSON, LessonProgress.class)
                .setParameter("accountId", accountId)
                .setParameter("lessonId", lessonId)
                .getResultStream()
                .findFirst();
    }

    /** The lesson the learner was in last, for "continue where you stopped". */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LessonProgress> lastVisited(long accountId) {
        return em.createNamedQuery(LessonProgress.LAST_VISITED, LessonProgress.class)
                .setParameter("accountId", accountId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public QuizAttempt recordQuizAnswer(long accountId, String lessonId, String questionId, String answer,
                                        boolean correct) {
        QuizAttempt attempt = new QuizAttempt(accountId, lessonId, questionId, truncate(answer, 200), correct,
                Instant.now());
        em.persist(attempt);
        return attempt;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<QuizAttempt> quizAttemptsOf(long accountId) {
        return em.createNamedQuery(QuizAttempt.OF_ACCOUNT, QuizAttempt.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /** The answers given in one lesson: what a lesson page needs, not the learner's whole history. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<QuizAttempt> quizAttemptsIn(long accountId, String lessonId) {
        return em.createNamedQuery(QuizAttempt.OF_ACCOUNT_AND_LESSON, QuizAttempt.class)
                .setParameter("accountId", accountId)
                .setParameter("lessonId", lessonId)
                .getResultList();
    }

    private void ensureRow(long accountId, String lessonId, Instant now) {
        em.createNativeQuery("INSERT INTO lesson_progress (account_id, lesson_id, state, first_visit_at, "
                        + "last_visit_at, version) VALUES (?1, ?2, 'VISITED', ?3, ?3, 0) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, accountId)
                .setParameter(2, lessonId)
                .setParameter(3, now)
                .executeUpdate();
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
