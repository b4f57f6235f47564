package dev.courseportal.lab.verification;

import dev.courseportal.lab.environment.LabMessage;

/** A check whose kind or parameters are wrong: the lesson needs fixing, not the lab. */
final class InvalidCheckException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient LabMessage labMessage;

    InvalidCheckException(LabMessage labMessage) {
        super(labMessage.english(), null, false, false);
        this.labMessage = labMessage;
    }

    LabMessage labMessage() {
        return labMessage;
    }
}
