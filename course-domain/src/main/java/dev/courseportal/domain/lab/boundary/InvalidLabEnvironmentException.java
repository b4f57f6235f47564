package dev.courseportal.domain.lab.boundary;

import dev.courseportal.domain.lab.control.SettingsProblem;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An environment was not saved: its settings break a rule, its name is taken, someone else
 * changed it meanwhile, or it is the default one and cannot be removed. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class InvalidLabEnvironmentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<SettingsProblem> problems;

    public InvalidLabEnvironmentException(List<SettingsProblem> problems) {
        super("lab environment refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
