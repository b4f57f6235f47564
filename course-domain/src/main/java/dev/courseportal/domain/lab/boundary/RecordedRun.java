package dev.courseportal.domain.lab.boundary;

import java.util.List;

/** A stored probe run: its id and the services whose status changed with it. */
public record RecordedRun(long runId, List<StateChange> changes) {

    public RecordedRun {
        changes = List.copyOf(changes);
    }
}
