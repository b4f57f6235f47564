package dev.courseportal.domain.progress.control;

import java.util.List;

/** The whole file is unusable (not JSON, not a progress export); nothing was changed. */
public class ProgressFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<String> args;

    public ProgressFileException(String messageKey, String... args) {
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
