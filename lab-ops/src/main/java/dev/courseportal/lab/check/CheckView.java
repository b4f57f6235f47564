package dev.courseportal.lab.check;

import java.io.Serializable;
import java.util.List;

import dev.courseportal.domain.lab.entity.LabCheckResult;

/**
 * One check of a step as the learner sees it.
 *
 * @param messageKey key of lab-ops' {@code LabMessages}: why it passed or failed, localised by the web
 * @param message    the same in English
 * @param hint       the lesson's hint, shown when the check failed
 */
public record CheckView(String kind, boolean passed, String observed, String hint, String messageKey,
                        List<String> messageArgs, String message, long durationMs) implements Serializable {

    public CheckView {
        messageArgs = List.copyOf(messageArgs);
    }

    static CheckView of(LabCheckResult result) {
        return new CheckView(result.kind(), result.passed(), result.observed(), result.hint(), result.messageKey(),
                result.messageArgs(), result.message(), result.durationMs());
    }
}
