package dev.courseportal.lab.probe;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.courseportal.lab.environment.Failures;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;
import dev.courseportal.lab.environment.LabUnavailableException;

/**
 * Checks one service of a lab environment. Subclasses say what "healthy" means for their
 * service in {@link #examine}; this class times the probe and turns every failure into a
 * result, so {@link #probe} never throws and a timer run is never broken by one service.
 * Instances hold no state between calls and may be shared by threads.
 */
public abstract class Probe {

    /** Keys that mean "it answers, but not as expected": DEGRADED rather than DOWN. */
    private static final Set<String> ANSWERED_BADLY = Set.of("probe.badResponse", "probe.tooLarge");

    private final LabService service;
    private final Clock clock;

    protected Probe(LabService service, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public final LabService service() {
        return service;
    }

    /** Probes the service of that environment; never throws. */
    public final ProbeResult probe(LabEndpoints env) {
        Instant checkedAt = clock.instant();
        long start = System.nanoTime();
        Finding finding;
        try {
            finding = examine(env);
        } catch (LabUnavailableException e) {
            ProbeStatus status = ANSWERED_BADLY.contains(e.labMessage().key()) ? ProbeStatus.DEGRADED : ProbeStatus.DOWN;
            finding = new Finding(status, e.labMessage(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finding = new Finding(ProbeStatus.DOWN, LabMessage.of("probe.failed", "interrupted"), Map.of());
        } catch (Exception | LinkageError e) {
            finding = new Finding(ProbeStatus.DOWN, Failures.describe(e, target(env), timeoutMillis()), Map.of());
        }
        long latencyMs = (System.nanoTime() - start) / 1_000_000;
        return ProbeResult.of(service, finding.status(), latencyMs, checkedAt, finding.message(), finding.details());
    }

    /**
     * Asks the service and judges its answer. Throw {@link LabUnavailableException} (or let a
     * client exception through) when it cannot be asked; return DEGRADED when it answers
     * but something is wrong.
     */
    protected abstract Finding examine(LabEndpoints env) throws Exception;

    /** host:port or URL of the service, for messages such as "connection refused by ...". */
    protected abstract String target(LabEndpoints env);

    /** The bound reported when a client library times out without saying how long it waited. */
    protected abstract long timeoutMillis();

    /** What {@link #examine} found. */
    protected record Finding(ProbeStatus status, LabMessage message, Map<String, String> details) {

        public Finding {
            details = new LinkedHashMap<>(details);
        }

        public static Finding up(LabMessage message, Map<String, String> details) {
            return new Finding(ProbeStatus.UP, message, details);
        }

        public static Finding degraded(LabMessage message, Map<String, String> details) {
            return new Finding(ProbeStatus.DEGRADED, message, details);
        }
    }
}
