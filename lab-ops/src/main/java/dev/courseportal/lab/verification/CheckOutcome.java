package dev.courseportal.lab.verification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.courseportal.lab.environment.LabMessage;

/**
 * The result of one lab check.
 *
 * @param kind        the check's kind
 * @param passed      whether the lab is as the lesson asks
 * @param observed    what the check saw (a state, a value, "absent" ...), to show beside the hint
 * @param hint        the lesson's hint for this check
 * @param messageKey  key of {@code LabMessages}: why it passed or failed
 * @param messageArgs the key's arguments
 * @param message     the message in English
 * @param checkedAt   when the check started
 * @param durationMs  how long it took
 */
public record CheckOutcome(String kind, boolean passed, String observed, String hint, String messageKey,
                           List<String> messageArgs, String message, Instant checkedAt, long durationMs) {

    public CheckOutcome {
        Objects.requireNonNull(kind, "kind");
        observed = observed == null ? "" : observed;
        hint = hint == null ? "" : hint;
        Objects.requireNonNull(messageKey, "messageKey");
        messageArgs = List.copyOf(messageArgs);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    static CheckOutcome of(LabCheck check, Verdict verdict, Instant checkedAt, long durationMs) {
        LabMessage message = verdict.message();
        return new CheckOutcome(check.kind(), verdict.passed(), verdict.observed(), check.hint(), message.key(),
                message.args(), message.english(), checkedAt, durationMs);
    }

    public LabMessage labMessage() {
        return new LabMessage(messageKey, messageArgs);
    }
}
