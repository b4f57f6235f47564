package dev.courseportal.domain.lab.boundary;

/**
 * How often a service answered over a period.
 *
 * @param samples   probes in the period
 * @param available of which the service answered (UP or DEGRADED)
 */
public record Availability(long samples, long available) {

    /** Percent of probes the service answered, 0-100; {@code null} without a probe. */
    public Double percent() {
        return samples == 0 ? null : 100.0 * available / samples;
    }
}
