package dev.courseportal.domain.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One answer a learner gave to one quiz question; attempts are kept, never overwritten. */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = QuizAttempt.OF_ACCOUNT,
        query = "SELECT q FROM QuizAttempt q WHERE q.accountId = :accountId ORDER BY q.attemptedAt, q.id")
@NamedQuery(name = QuizAttempt.OF_ACCOUNT_AND_LESSON,
        query = "SELECT q FROM QuizAttempt q WHERE q.accountId = :accountId AND q.lessonId = :lessonId ORDER BY q.attemptedAt, q.id")
public class QuizAttempt {

    public static final String OF_ACCOUNT = "QuizAttempt.ofAccount";
    public static final String OF_ACCOUNT_AND_LESSON = "QuizAttempt.ofAccountAndLesson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "lesson_id", nullable = false, length = 100)
    private String lessonId;

    @Column(name = "question_id", nullable = false, length = 100)
    private String questionId;

    @Column(nullable = false, length = 200)
    private String answer;

    @Column(nullable = false)
    private boolean correct;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected QuizAttempt() {
        // for JPA
    }

    public QuizAttempt(Long accountId, String lessonId, String questionId, String answer, boolean correct,
                       Instant attemptedAt) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
        this.questionId = Objects.requireNonNull(questionId, "questionId");
        this.answer = Objects.requireNonNull(answer, "answer");
        this.correct = correct;
        this.attemptedAt = Objects.requireNonNull(attemptedAt, "attemptedAt");
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

    public String questionId() {
        return questionId;
    }

    public String answer() {
        return answer;
    }

    public boolean correct() {
        return correct;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }
}
