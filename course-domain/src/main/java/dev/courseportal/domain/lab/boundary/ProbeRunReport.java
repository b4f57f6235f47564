package dev.courseportal.domain.lab.boundary;

import dev.courseportal.domain.lab.entity.ProbeTrigger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One probe run as lab-ops hands it over: when, why, where, and every result. */
public record ProbeRunReport(Instant startedAt, Instant finishedAt, long durationMs, int environments,
                             ProbeTrigger trigger, String node, List<ProbeObservation> observations) {

    public ProbeRunReport {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(trigger, "trigger");
        observations = List.copyOf(observations);
    }
}
