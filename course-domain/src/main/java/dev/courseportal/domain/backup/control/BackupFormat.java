package dev.courseportal.domain.backup.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** What identifies a backup file, and the schema version a database is at. */
public final class BackupFormat {

    public static final String FORMAT = "course-portal-backup";
    public static final int VERSION = 1;

    private BackupFormat() {
    }

    /** The highest schema version Flyway applied to this database, e.g. "4". */
    public static Optional<String> schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM flyway_schema_history "
                     + "WHERE success = TRUE AND version IS NOT NULL")) {
            String highest = null;
            while (rs.next()) {
                String version = rs.getString(1);
                if (highest == null || compareVersions(version, highest) > 0) {
                    highest = version;
                }
            }
            return Optional.ofNullable(highest);
        }
    }

    /** Compares Flyway versions ("2", "10", "1.1") part by part, as numbers. */
    public static int compareVersions(String a, String b) {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }
}
