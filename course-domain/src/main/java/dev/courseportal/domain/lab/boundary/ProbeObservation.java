package dev.courseportal.domain.lab.boundary;

import dev.courseportal.domain.lab.entity.ServiceHealth;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One probe result as lab-ops hands it over for storing.
 *
 * @param service     the service's Compose name ({@code postgres}, {@code connect} ...)
 * @param messageKey  key of lab-ops' {@code LabMessages}, localised when shown
 * @param message     the message in English, for logs
 * @param details     what the service said (versions, connector states); never a secret
 */
public record ProbeObservation(long environmentId, String environmentName, String service, ServiceHealth health,
                               long latencyMs, Instant checkedAt, String messageKey, List<String> messageArgs,
                               String message, Map<String, String> details) {

    public ProbeObservation {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(messageKey, "messageKey");
        messageArgs = List.copyOf(messageArgs);
        message = message == null ? "" : message;
        details = details == null ? Map.of() : details;
    }
}
