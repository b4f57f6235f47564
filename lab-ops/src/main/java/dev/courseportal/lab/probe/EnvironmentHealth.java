package dev.courseportal.lab.probe;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.courseportal.lab.environment.LabService;

/**
 * All probes of one lab environment in one run.
 *
 * @param environment the environment's name
 * @param startedAt   when the run started
 * @param durationMs  how long the whole run took (all environments run in parallel)
 * @param results     one result a probe, in the order of the runner's probes
 */
public record EnvironmentHealth(String environment, Instant startedAt, long durationMs, List<ProbeResult> results) {

    public EnvironmentHealth {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(startedAt, "startedAt");
        results = List.copyOf(results);
    }

    /** The worst status of the environment's services; UP when nothing was probed. */
    public ProbeStatus status() {
        return results.stream().map(ProbeResult::status).reduce(ProbeStatus.UP, ProbeStatus::worst);
    }

    public Optional<ProbeResult> result(LabService service) {
        return results.stream().filter(r -> r.service() == service).findFirst();
    }
}
