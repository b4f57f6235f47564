package dev.courseportal.domain.capstone;

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

/** A capstone design a learner submitted, and the instructor's review of it. */
@Entity
@Table(name = "capstone_submission")
@NamedQuery(name = CapstoneSubmission.OF_ACCOUNT,
        query = "SELECT s FROM CapstoneSubmission s WHERE s.accountId = :accountId ORDER BY s.submittedAt DESC")
@NamedQuery(name = CapstoneSubmission.OF_ACCOUNTS,
        query = "SELECT s FROM CapstoneSubmission s WHERE s.accountId IN :accountIds ORDER BY s.submittedAt DESC")
public class CapstoneSubmission {

    public static final String OF_ACCOUNT = "CapstoneSubmission.ofAccount";
    public static final String OF_ACCOUNTS = "CapstoneSubmission.ofAccounts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "design_url", length = 500)
    private String designUrl;

    @Column(nullable = false, length = 10000)
    private String summary;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 16)
    private ReviewStatus reviewStatus = ReviewStatus.SUBMITTED;

    @Column(name = "review_comment", length = 4000)
    private String reviewComment;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected CapstoneSubmission() {
        // for JPA
    }

    public CapstoneSubmission(Long accountId, String title, String designUrl, String summary, Instant submittedAt) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.title = Objects.requireNonNull(title, "title");
        this.designUrl = designUrl;
        this.summary = Objects.requireNonNull(summary, "summary");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    }

    public void review(long reviewer, ReviewStatus status, String comment, Instant at) {
        this.reviewStatus = Objects.requireNonNull(status, "status");
        this.reviewComment = comment;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    public Long id() { return id; }
    public Long accountId() { return accountId; }
    public String title() { return title; }
    public String designUrl() { return designUrl; }
    public String summary() { return summary; }
    public Instant submittedAt() { return submittedAt; }
    public ReviewStatus reviewStatus() { return reviewStatus; }
    public String reviewComment() { return reviewComment; }
    public Long reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public long version() { return version; }
}
