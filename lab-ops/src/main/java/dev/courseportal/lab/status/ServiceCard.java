package dev.courseportal.lab.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One service of one environment on the status page.
 *
 * @param service           the Compose name ({@code postgres}, {@code connect} ...)
 * @param status            {@code UP}, {@code DEGRADED}, {@code DOWN}, or {@code UNKNOWN} before the first probe
 * @param latencyMs         how long the last probe took; {@code null} before the first probe
 * @param checkedAt         when it was last probed
 * @param statusSince       since when it has had this status
 * @param messageKey        what the last probe said, as a key of lab-ops' {@code LabMessages}
 * @param lastErrorKey      the last probe that was not UP, if any
 * @param availabilityPercent share of the last 24 hours' probes it answered (UP or DEGRADED); {@code null} without one
 * @param samples           probes in the last 24 hours
 * @param details           what the service said (versions, connector states ...); never a secret
 */
public record ServiceCard(String service, String status, Long latencyMs, Instant checkedAt, Instant statusSince,
                          String messageKey, List<String> messageArgs, String message,
                          Instant lastErrorAt, String lastErrorKey, List<String> lastErrorArgs, String lastError,
                          Double availabilityPercent, long samples, Map<String, String> details) {

    public static final String UNKNOWN = "UNKNOWN";

    public ServiceCard {
        messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
        lastErrorArgs = lastErrorArgs == null ? List.of() : List.copyOf(lastErrorArgs);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    static ServiceCard unknown(String service) {
        return new ServiceCard(service, UNKNOWN, null, null, null, null, List.of(), null, null, null, List.of(), null,
                null, 0, Map.of());
    }

    public boolean probed() {
        return checkedAt != null;
    }

    public boolean hasError() {
        return lastErrorKey != null;
    }
}
