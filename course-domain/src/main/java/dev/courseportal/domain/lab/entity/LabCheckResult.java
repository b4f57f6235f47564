package dev.courseportal.domain.lab.entity;

import dev.courseportal.domain.lab.control.TextFields;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one check of a lab step, as the learner saw it: passed or not, what the check
 * observed, why (a message key of lab-ops' {@code LabMessages} with its arguments, and the
 * English text), and the lesson's hint at that time.
 */
@Embeddable
public class LabCheckResult {

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(nullable = false)
    private boolean passed;

    @Column(nullable = false, length = 1000)
    private String observed;

    @Column(nullable = false, length = 2000)
    private String hint;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", nullable = false, length = 2000)
    private String messageArgs;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected LabCheckResult() {
        // for JPA
    }

    public LabCheckResult(String kind, boolean passed, String observed, String hint, String messageKey,
                          List<String> messageArgs, String message, long durationMs) {
        this.kind = TextFields.truncate(Objects.requireNonNull(kind, "kind"), 32);
        this.passed = passed;
        this.observed = TextFields.truncate(observed, 1000);
        this.hint = TextFields.truncate(hint, 2000);
        this.messageKey = TextFields.truncate(Objects.requireNonNull(messageKey, "messageKey"), 100);
        this.messageArgs = TextFields.joinList(messageArgs, 2000);
        this.message = TextFields.truncate(message, 1000);
        this.durationMs = Math.max(0, durationMs);
    }

    public String kind() { return kind; }
    public boolean passed() { return passed; }
    public String observed() { return observed; }
    public String hint() { return hint; }
    public String messageKey() { return messageKey; }
    public List<String> messageArgs() { return TextFields.splitList(messageArgs); }
    public String message() { return message; }
    public long durationMs() { return durationMs; }
}
