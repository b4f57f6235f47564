package dev.courseportal.domain.backup.control;

import java.util.List;

/**
 * The file given to a restore is not a backup this portal can restore, or a part of it is broken;
 * nothing was restored. Carries a message key and its arguments for the person's language.
 */
public class BackupFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<String> args;

    public BackupFileException(String messageKey, String... args) {
        super(messageKey + " " + List.of(args));
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
