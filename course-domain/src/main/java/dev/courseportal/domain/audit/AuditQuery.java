package dev.courseportal.domain.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an administrator filters the audit log by; every part is optional.
 *
 * @param actor  exact user name of who acted
 * @param action one {@link AuditAction} name
 * @param text   a fragment of the target or the detail, case-insensitive
 * @param from   inclusive
 * @param to     exclusive
 */
public record AuditQuery(String actor, String action, String text, Instant from, Instant to) implements Serializable {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
