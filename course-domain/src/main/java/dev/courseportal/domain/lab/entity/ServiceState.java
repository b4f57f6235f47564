package dev.courseportal.domain.lab.entity;

import dev.courseportal.domain.lab.control.TextFields;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The latest probe of one service of one environment, and the last problem it had. Only the
 * timer writes it (runs never overlap), once a run; the status page reads it. A change of
 * {@link #status()} between two runs is what the timer logs.
 */
@Entity
@Table(name = "lab_service_state")
@NamedQuery(name = ServiceState.OF_ENVIRONMENTS,
        query = "SELECT s FROM ServiceState s WHERE s.key.environmentId IN :environments")
public class ServiceState {

    public static final String OF_ENVIRONMENTS = "ServiceState.ofEnvironments";

    @EmbeddedId
    private ServiceStateKey key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceHealth status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", nullable = false, length = 2000)
    private String messageArgs;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(nullable = false, length = 8000)
    private String details;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "last_error_key", length = 100)
    private String lastErrorKey;

    @Column(name = "last_error_args", length = 2000)
    private String lastErrorArgs;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected ServiceState() {
        // for JPA
    }

    public ServiceState(ServiceStateKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * Takes a new probe result.
     *
     * @return the status before, or {@code null} if this is the service's first probe
     */
    public ServiceHealth observe(ServiceHealth newStatus, long latency, Instant at, String key, List<String> args,
                                 String text, Map<String, String> newDetails) {
        ServiceHealth before = status;
        if (before != newStatus) {
            statusSince = at;
        }
        status = newStatus;
        checkedAt = at;
        latencyMs = Math.max(0, latency);
        messageKey = TextFields.truncate(key, 100);
        messageArgs = TextFields.joinList(args, 2000);
        message = TextFields.truncate(text, 1000);
        details = TextFields.joinMap(newDetails, 8000);
        if (newStatus != ServiceHealth.UP) {
            lastErrorAt = at;
            lastErrorKey = messageKey;
            lastErrorArgs = messageArgs;
            lastError = message;
        }
        return before;
    }

    public long environmentId() { return key.environmentId(); }
    public String service() { return key.service(); }
    public ServiceHealth status() { return status; }
    public Instant statusSince() { return statusSince; }
    public Instant checkedAt() { return checkedAt; }
    public long latencyMs() { return latencyMs; }
    public String messageKey() { return messageKey; }
    public List<String> messageArgs() { return TextFields.splitList(messageArgs); }
    public String message() { return message; }
    public Map<String, String> details() { return TextFields.splitMap(details); }
    public Instant lastErrorAt() { return lastErrorAt; }
    public String lastErrorKey() { return lastErrorKey; }
    public List<String> lastErrorArgs() { return TextFields.splitList(lastErrorArgs); }
    public String lastError() { return lastError; }
}
