package dev.courseportal.lab.status;

import java.time.Instant;
import java.util.List;

/**
 * The status of one lab environment: a card a service, in the order of the lab stack.
 *
 * @param status      the worst status of its services; {@code UNKNOWN} before the first probe
 * @param cohorts     the cohorts that use it (empty until cohorts say so)
 * @param lastChecked when a service of it was last probed; {@code null} before the first probe
 */
public record EnvironmentStatus(long id, String name, String description, boolean isDefault, boolean probed,
                                String status, Instant lastChecked, List<String> cohorts, List<ServiceCard> cards) {

    public EnvironmentStatus {
        cohorts = List.copyOf(cohorts);
        cards = List.copyOf(cards);
    }
}
