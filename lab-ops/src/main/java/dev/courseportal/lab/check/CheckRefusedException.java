package dev.courseportal.lab.check;

import jakarta.ejb.ApplicationException;

/**
 * "Check my lab" was not run: no such lab step ({@code unknownStep}), a step without checks
 * ({@code noChecks}), or another check of the same learner still running ({@code busy}).
 * The web shows the text {@code check.refused.<reason>}.
 */
@ApplicationException
public class CheckRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public CheckRefusedException(String reason) {
        super("lab check refused: " + reason, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
