package dev.courseportal.domain.lab.boundary;

import dev.courseportal.domain.lab.entity.ServiceHealth;

/**
 * A service whose status differs from its previous probe.
 *
 * @param before {@code null} for the first probe of the service
 */
public record StateChange(long environmentId, String environmentName, String service, ServiceHealth before,
                          ServiceHealth after, String message) {
}
