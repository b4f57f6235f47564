package dev.courseportal.domain.lab.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One run of the probes over every probed environment: when, how long, on which node. */
@Entity
@Table(name = "lab_probe_run")
@NamedQuery(name = ProbeRun.LATEST, query = "SELECT r FROM ProbeRun r ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(name = ProbeRun.SINCE, query = "SELECT r FROM ProbeRun r WHERE r.startedAt >= :since ORDER BY r.startedAt, r.id")
@NamedQuery(name = ProbeRun.PRUNE, query = "DELETE FROM ProbeRun r WHERE r.startedAt < :before")
public class ProbeRun {

    public static final String LATEST = "ProbeRun.latest";
    public static final String SINCE = "ProbeRun.since";
    public static final String PRUNE = "ProbeRun.prune";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(nullable = false)
    private int environments;

    @Column(nullable = false)
    private int probes;

    /** Probes whose service was not UP. */
    @Column(nullable = false)
    private int problems;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 16)
    private ProbeTrigger trigger;

    @Column(nullable = false, length = 100)
    private String node;

    protected ProbeRun() {
        // for JPA
    }

    public ProbeRun(Instant startedAt, Instant finishedAt, long durationMs, int environments, int probes,
                    int problems, ProbeTrigger trigger, String node) {
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt");
        if (finishedAt.isBefore(startedAt) || durationMs < 0) {
            throw new IllegalArgumentException("a run ends after it starts");
        }
        this.durationMs = durationMs;
        this.environments = environments;
        this.probes = probes;
        this.problems = problems;
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.node = node == null || node.isBlank() ? "unknown" : node.length() > 100 ? node.substring(0, 100) : node;
    }

    public Long id() { return id; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public long durationMs() { return durationMs; }
    public int environments() { return environments; }
    public int probes() { return probes; }
    public int problems() { return problems; }
    public ProbeTrigger trigger() { return trigger; }
    public String node() { return node; }
}
