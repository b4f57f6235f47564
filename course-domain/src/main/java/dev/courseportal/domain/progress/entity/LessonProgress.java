package dev.courseportal.domain.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One learner's progress in one lesson, keyed by the lesson's stable id so that it survives
 * renames and reordering of the course; a lesson removed from the course keeps its history.
 */
@Entity
@Table(name = "lesson_progress")
@NamedQuery(name = LessonProgress.OF_ACCOUNT,
        query = "SELECT p FROM LessonProgress p WHERE p.accountId = :accountId ORDER BY p.firstVisitAt")
@NamedQuery(name = LessonProgress.OF_ACCOUNT_AND_LESSON,
        query = "SELECT p FROM LessonProgress p WHERE p.accountId = :accountId AND p.lessonId = :lessonId")
@NamedQuery(name = LessonProgress.LAST_VISITED,
        query = "SELECT p FROM LessonProgress p WHERE p.accountId = :accountId ORDER BY p.lastVisitAt DESC, p.id DESC")
public class LessonProgress {

    public static final String OF_ACCOUNT = "LessonProgress.ofAccount";
    public static final String OF_ACCOUNT_AND_LESSON = "LessonProgress.ofAccountAndLesson";
    public static final String LAST_VISITED = "LessonProgress.lastVisited";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "lesson_id", nullable = false, length = 100)
    private String lessonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LessonState state;

    @Column(name = "first_visit_at", nullable = false)
    private Instant firstVisitAt;

    @Column(name = "last_visit_at", nullable = false)
    private Instant lastVisitAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "last_anchor", length = 200)
    private String lastAnchor;

    @Version
    private long version;

    protected LessonProgress() {
        // for JPA
    }

    public LessonProgress(Long accountId, String lessonId, Instant now) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
        this.state = LessonState.VISITED;
        this.firstVisitAt = now;
        this.lastVisitAt = now;
    }

    public void visit(Instant now, String anchor) {
        lastVisitAt = now;
        if (anchor != null && !anchor.isBlank()) {
            lastAnchor = anchor.length() > 200 ? anchor.substring(0, 200) : anchor;
        }
    }

    public void markDone(Instant now) {
        if (state != LessonState.DONE) {
            state = LessonState.DONE;
            completedAt = now;
        }
        lastVisitAt = now;
    }

    /** Undoes a completion the learner set by mistake; the visit history stays. */
    public void markNotDone() {
        state = LessonState.VISITED;
        completedAt = null;
    }

    /** Merges imported progress without ever lowering what is already recorded. */
    public boolean mergeFrom(LessonState importedState, Instant importedFirstVisit, Instant importedCompletedAt) {
        boolean changed = false;
        if (importedFirstVisit != null && importedFirstVisit.isBefore(firstVisitAt)) {
            firstVisitAt = importedFirstVisit;
            changed = true;
        }
        if (importedState == LessonState.DONE && state != LessonState.DONE) {
            state = LessonState.DONE;
            completedAt = importedCompletedAt != null ? importedCompletedAt : Instant.now();
            changed = true;
        }
        return changed;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String lessonId() {
        return lessonId;
    }

    public LessonState state() {
        return state;
    }

    public boolean done() {
        return state == LessonState.DONE;
    }

    public Instant firstVisitAt() {
        return firstVisitAt;
    }

    public Instant lastVisitAt() {
        return lastVisitAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String lastAnchor() {
        return lastAnchor;
    }

    public long version() {
        return version;
    }
}
