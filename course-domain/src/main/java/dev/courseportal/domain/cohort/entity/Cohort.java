package dev.courseportal.domain.cohort.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A group of learners going through the course together, run by one or more instructors. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "lab_environment", length = 100)
    private String labEnvironment;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_instructor", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "account_id")
    private Set<Long> instructorIds = new HashSet<>();

    @Version
    private long version;

    protected Cohort() {
        // for JPA
    }

    public Cohort(String name, LocalDate startsOn, LocalDate endsOn, String labEnvironment, long createdBy) {
        reschedule(name, startsOn, endsOn, labEnvironment);
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.instructorIds.add(createdBy);
    }

    /** Changes what the instructor may change; dates must not run backwards. */
    public final void reschedule(String newName, LocalDate newStart, LocalDate newEnd, String newLab) {
        Objects.requireNonNull(newName, "name");
        Objects.requireNonNull(newStart, "startsOn");
        Objects.requireNonNull(newEnd, "endsOn");
        if (newName.isBlank() || newName.strip().length() > 120) {
            throw new IllegalArgumentException("name must be 1 to 120 characters");
        }
        if (newEnd.isBefore(newStart)) {
            throw new IllegalArgumentException("a cohort cannot end before it starts");
        }
        this.name = newName.strip();
        this.startsOn = newStart;
        this.endsOn = newEnd;
        this.labEnvironment = newLab == null || newLab.isBlank() ? null : newLab.strip();
    }

    public boolean runBy(long accountId) {
        return instructorIds.contains(accountId);
    }

    public void addInstructor(long accountId) {
        instructorIds.add(accountId);
    }

    public void removeInstructor(long accountId) {
        instructorIds.remove(accountId);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String labEnvironment() {
        return labEnvironment;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Long> instructorIds() {
        return Set.copyOf(instructorIds);
    }

    public long version() {
        return version;
    }
}
