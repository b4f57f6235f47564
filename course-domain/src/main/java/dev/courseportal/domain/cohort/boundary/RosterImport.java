package dev.courseportal.domain.cohort.boundary;

import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.cohort.control.RosterCsv;
import dev.courseportal.domain.cohort.control.RosterFileException;
import dev.courseportal.domain.cohort.entity.Cohort;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adds learners to a cohort from a CSV file: first a preview that says, line by line, what would
 * happen and why a line is refused; then the same file applied. Applying re-reads the file rather
 * than trusting a preview kept in the browser, adds only the acceptable lines, and adding a file
 * twice adds nobody twice. A malformed file changes nothing.
 */
@Stateless
public class RosterImport {

    /** What happens to one line. */
    public enum Verdict {
        ADD, ALREADY_MEMBER, UNKNOWN_ACCOUNT, NOT_A_LEARNER, INACTIVE, DUPLICATE, INVALID;

        public boolean rejected() {
            return this != ADD && this != ALREADY_MEMBER;
        }
    }

    /** One line of the file and its verdict; {@code username} is known when the line named an account. */
    public record Row(int line, String identifier, Verdict verdict, String username, String displayName)
            implements Serializable {
    }

    /** Every line's verdict, in file order. */
    public record Outcome(List<Row> rows) implements Serializable {
        public long count(Verdict verdict) {
            return rows.stream().filter(r -> r.verdict() == verdict).count();
        }

        public List<Row> rejected() {
            return rows.stream().filter(r -> r.verdict().rejected()).toList();
        }
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    CohortService cohorts;

    @EJB
    AuditLog audit;

    public Outcome preview(Caller caller, long cohortId, byte[] file) throws RosterFileException {
        cohorts.open(caller, cohortId);
        return judge(cohortId, RosterCsv.parse(file));
    }

    public Outcome apply(Caller caller, long cohortId, byte[] file) throws RosterFileException {
        Cohort cohort = cohorts.open(caller, cohortId);
        Outcome outcome = judge(cohortId, RosterCsv.parse(file));
        Map<String, Long> ids = new HashMap<>();
        for (Account a : accountsNamed(outcome.rows().stream().filter(r -> r.verdict() == Verdict.ADD)
                .map(Row::username).toList())) {
            ids.put(a.username(), a.id());
        }
        int added = 0;
        for (Row row : outcome.rows()) {
            if (row.verdict() == Verdict.ADD && CohortService.insertMember(em, cohortId, ids.get(row.username()))) {
                added++;
                audit.record(caller.username(), AuditAction.ENROLLED, row.username(), CohortService.label(cohort));
            }
        }
        audit.record(caller.username(), AuditAction.ROSTER_UPLOADED, CohortService.label(cohort),
                added + " added, " + outcome.count(Verdict.ALREADY_MEMBER) + " already members, "
                        + outcome.rejected().size() + " rejected");
        return outcome;
    }

    private Outcome judge(long cohortId, List<RosterCsv.Line> lines) {
        Set<String> wanted = new HashSet<>();
        for (RosterCsv.Line line : lines) {
            wanted.add(line.identifier().toLowerCase(Locale.ROOT));
        }
        Map<String, Account> byKey = new HashMap<>();
        for (Account a : lookUp(wanted)) {
            byKey.put(a.username().toLowerCase(Locale.ROOT), a);
            if (a.email() != null) {
                byKey.putIfAbsent(a.email().toLowerCase(Locale.ROOT), a);
            }
        }
        Set<Long> members = new HashSet<>(em.createQuery(
                "SELECT m.accountId FROM CohortMember m WHERE m.cohortId = :c", Long.class)
                .setParameter("c", cohortId).getResultList());
        Set<Long> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (RosterCsv.Line line : lines) {
            String id = line.identifier();
            if (id.length() > 254 || id.chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch))) {
                rows.add(new Row(line.line(), clip(id), Verdict.INVALID, null, null));
                continue;
            }
            Account account = byKey.get(id.toLowerCase(Locale.ROOT));
            Verdict verdict;
            if (account == null) {
                verdict = Verdict.UNKNOWN_ACCOUNT;
            } else if (!seen.add(account.id())) {
                verdict = Verdict.DUPLICATE;
            } else if (!account.active()) {
                verdict = Verdict.INACTIVE;
            } else if (!account.hasRole(Role.LEARNER)) {
                verdict = Verdict.NOT_A_LEARNER;
            } else {
                verdict = members.contains(account.id()) ? Verdict.ALREADY_MEMBER : Verdict.ADD;
            }
            rows.add(new Row(line.line(), id, verdict, account == null ? null : account.username(),
                    account == null ? null : account.displayName()));
        }
        return new Outcome(rows);
    }

    private List<Account> lookUp(Set<String> keys) {
        List<Account> found = new ArrayList<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            found.addAll(em.createQuery("SELECT a FROM Account a WHERE LOWER(a.username) IN :keys "
                    + "OR LOWER(a.email) IN :keys", Account.class).setParameter("keys", chunk).getResultList());
        }
        return found;
    }

    private List<Account> accountsNamed(List<String> usernames) {
        List<Account> found = new ArrayList<>();
        for (int from = 0; from < usernames.size(); from += 500) {
            found.addAll(em.createQuery("SELECT a FROM Account a WHERE a.username IN :names", Account.class)
                    .setParameter("names", usernames.subList(from, Math.min(usernames.size(), from + 500)))
                    .getResultList());
        }
        return found;
    }

    private static String clip(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
