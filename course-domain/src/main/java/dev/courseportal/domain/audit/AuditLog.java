package dev.courseportal.domain.audit;

import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Appends to the audit log and lets administrators read it. {@link #record} joins the caller's
 * transaction, so a change that rolls back leaves no entry claiming it happened;
 * {@link #recordAlone} commits on its own, for refusals whose transaction is rolled back.
 */
@Stateless
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    /** An export is bounded so that one click cannot hold the database for minutes. */
    public static final int MAX_EXPORT = 100_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void record(String actor, String action, String target, String detail) {
        em.persist(new AuditEntry(Instant.now(), actor, action, target, detail));
        LOG.fine(() -> "audit " + actor + " " + action + " " + target);
    }

    public void record(String actor, AuditAction action, String target, String detail) {
        record(actor, action.name(), target, detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(String actor, AuditAction action, String target, String detail) {
        record(actor, action.name(), target, detail);
    }

    public List<AuditEntry> search(Caller caller, AuditQuery query, int first, int max) {
        caller.require(Role.ADMINISTRATOR);
        return build(query, "SELECT e FROM AuditEntry e", AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultList();
    }

    public long count(Caller caller, AuditQuery query) {
        caller.require(Role.ADMINISTRATOR);
        return build(query, "SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
    }

    /** Streams the matching entries, newest first, to {@code sink}; at most {@link #MAX_EXPORT}. */
    public void export(Caller caller, AuditQuery query, Consumer<AuditEntry> sink) {
        caller.require(Role.ADMINISTRATOR);
        build(query, "SELECT e FROM AuditEntry e", AuditEntry.class)
                .setMaxResults(MAX_EXPORT)
                .getResultStream()
                .forEach(entry -> {
                    sink.accept(entry);
                    em.detach(entry);
                });
    }

    private <T> TypedQuery<T> build(AuditQuery query, String select, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (present(query.actor())) {
            where.add("e.actor = :actor");
        }
        if (present(query.action())) {
            where.add("e.action = :action");
        }
        if (present(query.text())) {
            where.add("(LOWER(e.target) LIKE :text OR LOWER(e.detail) LIKE :text)");
        }
        if (query.from() != null) {
            where.add("e.at >= :from");
        }
        if (query.to() != null) {
            where.add("e.at < :to");
        }
        String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        if (type == AuditEntry.class) {
            jpql += " ORDER BY e.at DESC, e.id DESC";
        }
        TypedQuery<T> typed = em.createQuery(jpql, type);
        if (present(query.actor())) {
            typed.setParameter("actor", query.actor().strip());
        }
        if (present(query.action())) {
            typed.setParameter("action", query.action().strip());
        }
        if (present(query.text())) {
            typed.setParameter("text", "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from());
        }
        if (query.to() != null) {
            typed.setParameter("to", query.to());
        }
        return typed;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** LIKE wildcards typed by a person are dropped, so a search never turns into "match everything". */
    static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "");
    }
}
