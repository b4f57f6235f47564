package dev.courseportal.domain.backup.control;

import java.util.List;

/**
 * A restore was refused because the portal already holds learners' data, which the backup would
 * duplicate or mix up; nothing was restored. Restore into a new, empty portal.
 */
public class PortalNotEmptyException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> tables;

    public PortalNotEmptyException(List<String> tables) {
        super("the portal already holds data in " + tables);
        this.tables = List.copyOf(tables);
    }

    /** The tables that hold rows. */
    public List<String> tables() {
        return tables;
    }
}
