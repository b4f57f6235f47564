import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Reads the progress of a range of benchmark learners straight from the H2 file, while the portal
 * is stopped: rows, rows done, and the sum of the rows' version counters. Every write of
 * ProgressService (visit, mark done, mark not done) adds exactly one to a row's version, so the
 * growth of that sum between two readings is the number of writes the database really holds.
 *
 * <p>Run: {@code java -cp <h2.jar> ProgressCheck.java DIR FIRST LAST} (learner numbers, inclusive);
 * prints {@code rows=.. done=.. versions=..}.
 */
public class ProgressCheck {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[0] + "/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String first = String.format("learner%04d", Integer.parseInt(args[1]));
        String last = String.format("learner%04d", Integer.parseInt(args[2]));
        try (Connection db = DriverManager.getConnection(url, "portal", "portal");
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*), "
                     + "COALESCE(SUM(CASE WHEN p.state = 'DONE' THEN 1 ELSE 0 END), 0), COALESCE(SUM(p.version), 0) "
                     + "FROM lesson_progress p JOIN account a ON a.id = p.account_id "
                     + "WHERE a.username BETWEEN ? AND ?")) {
            query.setString(1, first);
            query.setString(2, last);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                System.out.printf("rows=%d done=%d versions=%d%n", row.getLong(1), row.getLong(2), row.getLong(3));
            }
        }
    }
}
