package dev.courseportal.lab.schedule;

import java.time.Instant;

import dev.courseportal.domain.lab.entity.ProbeTrigger;

/**
 * What became of a request for a probe run.
 *
 * @param ran          whether this call ran the probes
 * @param skipped      why it did not ({@code null} when it ran)
 * @param runId        the stored run
 * @param probeMs      how long probing took (bounded by the run's deadline)
 * @param storeMs      how long storing the results, the state changes and pruning took
 * @param problems     probes whose service was not UP
 * @param stateChanges services whose status changed with this run
 */
public record RunOutcome(boolean ran, String skipped, ProbeTrigger trigger, Long runId, Instant startedAt,
                         long probeMs, long storeMs, int environments, int probes, int problems, int stateChanges) {

    static RunOutcome skipped(ProbeTrigger trigger, Instant at, String why) {
        return new RunOutcome(false, why, trigger, null, at, 0, 0, 0, 0, 0, 0);
    }

    /** The whole run, probing and storing. */
    public long durationMs() {
        return probeMs + storeMs;
    }
}
