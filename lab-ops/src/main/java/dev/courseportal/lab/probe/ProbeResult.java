package dev.courseportal.lab.probe;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;

/**
 * One probe of one service.
 *
 * @param service     the service probed
 * @param status      UP, DEGRADED or DOWN
 * @param latencyMs   how long the probe took
 * @param checkedAt   when it started
 * @param messageKey  key of {@code LabMessages} for the web layer to localise
 * @param messageArgs the key's arguments
 * @param message     the message in English, for logs and history
 * @param details     what the service said, in order (version, connector and task states,
 *                    replication slots ...); never a secret
 */
public record ProbeResult(LabService service, ProbeStatus status, long latencyMs, Instant checkedAt,
                          String messageKey, List<String> messageArgs, String message,
                          Map<String, String> details) {

    public ProbeResult {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(messageKey, "messageKey");
        messageArgs = List.copyOf(messageArgs);
        Objects.requireNonNull(message, "message");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static ProbeResult of(LabService service, ProbeStatus status, long latencyMs, Instant checkedAt,
                                 LabMessage message, Map<String, String> details) {
        return new ProbeResult(service, status, latencyMs, checkedAt, message.key(), message.args(),
                message.english(), details);
    }

    /** The message as key and arguments. */
    public LabMessage labMessage() {
        return new LabMessage(messageKey, messageArgs);
    }
}
