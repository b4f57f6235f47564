package dev.courseportal.lab.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.courseportal.domain.lab.boundary.ProbeObservation;
import dev.courseportal.domain.lab.entity.LabEnvironment;
import dev.courseportal.domain.lab.entity.ServiceHealth;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;
import dev.courseportal.lab.probe.EnvironmentHealth;
import dev.courseportal.lab.probe.ProbeResult;

/** The library's probe results as the domain stores them. */
final class ProbeObservations {

    private ProbeObservations() {
    }

    /** One observation a probe; {@code environments} and {@code health} are in the same order. */
    static List<ProbeObservation> of(List<LabEnvironment> environments, List<EnvironmentHealth> health) {
        List<ProbeObservation> observations = new ArrayList<>();
        for (int i = 0; i < environments.size() && i < health.size(); i++) {
            LabEnvironment environment = environments.get(i);
            for (ProbeResult result : health.get(i).results()) {
                observations.add(new ProbeObservation(environment.id(), environment.name(), result.service().composeName(),
                        ServiceHealth.valueOf(result.status().name()), result.latencyMs(), result.checkedAt(),
                        result.messageKey(), result.messageArgs(), result.message(), result.details()));
            }
        }
        return observations;
    }

    /**
     * Every service of an environment whose stored settings the library refuses (a row edited
     * by hand): DOWN with the reason, so that the status page says what to fix.
     */
    static List<ProbeObservation> misconfigured(LabEnvironment environment, String why, Instant at) {
        LabMessage message = LabMessage.of("probe.failed", "invalid settings: " + why);
        List<ProbeObservation> observations = new ArrayList<>();
        for (LabService service : LabService.values()) {
            observations.add(new ProbeObservation(environment.id(), environment.name(), service.composeName(),
                    ServiceHealth.DOWN, 0, at, message.key(), message.args(), message.english(), Map.of()));
        }
        return observations;
    }
}
