package dev.courseportal.domain.cohort.control;

import java.util.List;

/** The roster file as a whole is unusable (not text, too large, no usable column); nothing is applied. */
public class RosterFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<String> args;

    public RosterFileException(String messageKey, String... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
