package dev.courseportal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One line of the audit log. Immutable: the log is only ever appended to. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(length = 1000)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String actor, String action, String target, String detail) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = clip(actor == null || actor.isBlank() ? "anonymous" : actor, 64);
        this.action = clip(Objects.requireNonNull(action, "action"), 40);
        this.target = target == null ? null : clip(target, 200);
        this.detail = detail == null ? null : clip(detail, 1000);
    }

    private static String clip(String value, int max) {
        String stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public String detail() {
        return detail;
    }
}
