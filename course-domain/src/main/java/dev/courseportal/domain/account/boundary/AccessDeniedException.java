package dev.courseportal.domain.account.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do or see this. Never tells the caller more than that (not whether the thing
 * exists); the message is for the log.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
