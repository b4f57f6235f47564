package dev.courseportal.lab.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import dev.courseportal.domain.lab.boundary.Availability;
import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.boundary.ProbeHistoryService;
import dev.courseportal.domain.lab.entity.LabEnvironment;
import dev.courseportal.domain.lab.entity.ProbeRun;
import dev.courseportal.domain.lab.entity.ServiceState;
import dev.courseportal.lab.environment.LabService;

/**
 * What the status page and its JSON show: the learner's environment, or for instructors every
 * environment, each service with its latest probe and its availability over 24 hours.
 */
@Stateless
public class LabStatus {

    static final Duration AVAILABILITY_WINDOW = Duration.ofHours(24);
    private static final List<String> ORDER = List.of("UP", "DEGRADED", "DOWN");

    @EJB
    LabEnvironmentService environments;

    @EJB
    ProbeHistoryService history;

    /** The environment the learner's checks and status use. */
    public EnvironmentStatus forLearner(long accountId) {
        return statusOf(List.of(environments.environmentOf(accountId))).get(0);
    }

    /** Every environment, the default one first, then by name. */
    public List<EnvironmentStatus> all() {
        List<LabEnvironment> all = new ArrayList<>(environments.all());
        all.sort((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()));
        return statusOf(all);
    }

    public Optional<EnvironmentStatus> ofEnvironment(long id) {
        return environments.byId(id).map(e -> statusOf(List.of(e)).get(0));
    }

    /** The latest probe run, from any node. */
    public Optional<ProbeRun> lastRun() {
        return history.lastRun();
    }

    private List<EnvironmentStatus> statusOf(List<LabEnvironment> list) {
        List<Long> ids = list.stream().map(LabEnvironment::id).toList();
        Map<Long, Map<String, ServiceState>> states = new HashMap<>();
        for (ServiceState state : history.states(ids)) {
            states.computeIfAbsent(state.environmentId(), id -> new HashMap<>()).put(state.service(), state);
        }
        Map<Long, Map<String, Availability>> availability =
                history.availability(ids, Instant.now().minus(AVAILABILITY_WINDOW));
        Map<Long, List<String>> cohorts = environments.cohortsByEnvironment();
        List<EnvironmentStatus> result = new ArrayList<>();
        for (LabEnvironment environment : list) {
            Map<String, ServiceState> own = states.getOrDefault(environment.id(), Map.of());
            Map<String, Availability> ownAvailability = availability.getOrDefault(environment.id(), Map.of());
            List<ServiceCard> cards = new ArrayList<>();
            for (LabService service : LabService.values()) {
                String name = service.composeName();
                cards.add(card(name, own.get(name), ownAvailability.get(name)));
            }
            result.add(new EnvironmentStatus(environment.id(), environment.name(), environment.description(),
                    environment.isDefault(), environment.probed(), worst(cards), lastChecked(cards),
                    cohorts.getOrDefault(environment.id(), List.of()), cards));
        }
        return result;
    }

    private static ServiceCard card(String service, ServiceState state, Availability availability) {
        if (state == null) {
            return ServiceCard.unknown(service);
        }
        return new ServiceCard(service, state.status().name(), state.latencyMs(), state.checkedAt(),
                state.statusSince(), state.messageKey(), state.messageArgs(), state.message(), state.lastErrorAt(),
                state.lastErrorKey(), state.lastErrorArgs(), state.lastError(),
                availability == null ? null : availability.percent(), availability == null ? 0 : availability.samples(),
                state.details());
    }

    /** The worst status of the cards; UNKNOWN when no service was probed yet. */
    static String worst(List<ServiceCard> cards) {
        int worst = -1;
        for (ServiceCard card : cards) {
            worst = Math.max(worst, ORDER.indexOf(card.status()));
        }
        return worst < 0 ? ServiceCard.UNKNOWN : ORDER.get(worst);
    }

    private static Instant lastChecked(List<ServiceCard> cards) {
        return cards.stream().map(ServiceCard::checkedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }
}
