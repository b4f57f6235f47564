package dev.courseportal.domain.account.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that the portal refuses; nothing was changed. Carries a message key and its arguments so
 * that the page says it in the person's language.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<String> args;

    public InvalidInputException(String messageKey, String... args) {
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
