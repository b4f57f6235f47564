package dev.courseportal.domain.lab.entity;

import dev.courseportal.domain.lab.control.TextFields;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One probe of one service of one environment, kept as history for the availability figure
 * and pruned after a configurable age. Ids come from a sequence in blocks of 50 so that the
 * rows of a run go to the database in JDBC batches (an identity column would forbid that).
 */
@Entity
@Table(name = "lab_probe_record")
@NamedQuery(name = ProbeRecord.AVAILABILITY, query = "SELECT r.environmentId, r.service, COUNT(r), "
        + "SUM(CASE WHEN r.status = :down THEN 0 ELSE 1 END) FROM ProbeRecord r "
        + "WHERE r.environmentId IN :environments AND r.checkedAt >= :since GROUP BY r.environmentId, r.service")
@NamedQuery(name = ProbeRecord.OF_ENVIRONMENT, query = "SELECT r FROM ProbeRecord r "
        + "WHERE r.environmentId = :environmentId AND r.checkedAt >= :since ORDER BY r.checkedAt, r.id")
@NamedQuery(name = ProbeRecord.PRUNE, query = "DELETE FROM ProbeRecord r WHERE r.checkedAt < :before")
public class ProbeRecord {

    public static final String AVAILABILITY = "ProbeRecord.availability";
    public static final String OF_ENVIRONMENT = "ProbeRecord.ofEnvironment";
    public static final String PRUNE = "ProbeRecord.prune";

    @Id
    @SequenceGenerator(name = "lab_probe_record_seq", sequenceName = "lab_probe_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lab_probe_record_seq")
    private Long id;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "environment_id", nullable = false)
    private Long environmentId;

    @Column(nullable = false, length = 32)
    private String service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceHealth status;

    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", nullable = false, length = 2000)
    private String messageArgs;

    @Column(nullable = false, length = 1000)
    private String message;

    protected ProbeRecord() {
        // for JPA
    }

    public ProbeRecord(Long runId, long environmentId, String service, ServiceHealth status, long latencyMs,
                       Instant checkedAt, String messageKey, List<String> messageArgs, String message) {
        this.runId = runId;
        this.environmentId = environmentId;
        this.service = Objects.requireNonNull(service, "service");
        this.status = Objects.requireNonNull(status, "status");
        this.latencyMs = Math.max(0, latencyMs);
        this.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt");
        this.messageKey = TextFields.truncate(Objects.requireNonNull(messageKey, "messageKey"), 100);
        this.messageArgs = TextFields.joinList(messageArgs, 2000);
        this.message = TextFields.truncate(message, 1000);
    }

    public Long id() { return id; }
    public Long runId() { return runId; }
    public long environmentId() { return environmentId; }
    public String service() { return service; }
    public ServiceHealth status() { return status; }
    public long latencyMs() { return latencyMs; }
    public Instant checkedAt() { return checkedAt; }
    public String messageKey() { return messageKey; }
    public List<String> messageArgs() { return TextFields.splitList(messageArgs); }
    public String message() { return message; }
}
