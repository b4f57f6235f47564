package dev.courseportal.domain.lab.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One "check my lab" of one lab step by one learner, with the outcome of each of the step's
 * checks. Kept with the learner's progress (keyed by the lesson's and step's stable ids);
 * the environment is remembered by name too, since an environment may be removed later.
 */
@Entity
@Table(name = "lab_check_run")
@NamedQuery(name = LabCheckRun.OF_LESSON, query = "SELECT r FROM LabCheckRun r "
        + "WHERE r.accountId = :accountId AND r.lessonId = :lessonId ORDER BY r.checkedAt DESC, r.id DESC")
@NamedQuery(name = LabCheckRun.OF_ACCOUNT, query = "SELECT r FROM LabCheckRun r "
        + "WHERE r.accountId = :accountId ORDER BY r.checkedAt DESC, r.id DESC")
public class LabCheckRun {

    public static final String OF_LESSON = "LabCheckRun.ofLesson";
    public static final String OF_ACCOUNT = "LabCheckRun.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "lesson_id", nullable = false, length = 100)
    private String lessonId;

    @Column(name = "step_id", nullable = false, length = 100)
    private String stepId;

    @Column(name = "environment_id")
    private Long environmentId;

    @Column(name = "environment_name", nullable = false, length = 64)
    private String environmentName;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "checks_total", nullable = false)
    private int checksTotal;

    @Column(name = "checks_passed", nullable = false)
    private int checksPassed;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lab_check_result", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "seq")
    private List<LabCheckResult> results = new ArrayList<>();

    protected LabCheckRun() {
        // for JPA
    }

    public LabCheckRun(long accountId, String lessonId, String stepId, Long environmentId, String environmentName,
                       Instant checkedAt, long durationMs, List<LabCheckResult> results) {
        this.accountId = accountId;
        this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
        this.stepId = Objects.requireNonNull(stepId, "stepId");
        this.environmentId = environmentId;
        this.environmentName = Objects.requireNonNull(environmentName, "environmentName");
        this.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt");
        this.durationMs = Math.max(0, durationMs);
        this.results = new ArrayList<>(results);
        this.checksTotal = results.size();
        this.checksPassed = (int) results.stream().filter(LabCheckResult::passed).count();
        // A step passes when every check passes; a step without checks is never "passed" by a run.
        this.passed = checksTotal > 0 && checksPassed == checksTotal;
    }

    public Long id() { return id; }
    public long accountId() { return accountId; }
    public String lessonId() { return lessonId; }
    public String stepId() { return stepId; }
    public Long environmentId() { return environmentId; }
    public String environmentName() { return environmentName; }
    public boolean passed() { return passed; }
    public int checksTotal() { return checksTotal; }
    public int checksPassed() { return checksPassed; }
    public Instant checkedAt() { return checkedAt; }
    public long durationMs() { return durationMs; }
    public List<LabCheckResult> results() { return List.copyOf(results); }
}
