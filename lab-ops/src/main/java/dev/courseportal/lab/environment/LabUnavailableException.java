package dev.courseportal.lab.environment;

import java.util.Objects;

/**
 * A lab service could not be asked: no answer in time, connection refused, unknown host,
 * an answer too large. Carries the message to show, not a stack trace.
 */
public class LabUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient LabMessage labMessage;

    public LabUnavailableException(LabMessage labMessage, Throwable cause) {
        super(Objects.requireNonNull(labMessage, "labMessage").english(), cause);
        this.labMessage = labMessage;
    }

    public LabMessage labMessage() {
        return labMessage;
    }
}
