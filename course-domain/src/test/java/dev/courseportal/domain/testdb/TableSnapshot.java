package dev.courseportal.domain.testdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every row of a table as text, in a form that H2 and PostgreSQL agree on (instants in UTC), so
 * that "the same data" can be compared across an upgrade or a backup and restore.
 */
public final class TableSnapshot {

    private TableSnapshot() {
    }

    /** The portal's tables in the database, in lower case, without Flyway's history. */
    public static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = String.valueOf(rs.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                if (schema.equals("public")) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    /** The rows of {@code table}, each a column-to-text map; sorted, so two snapshots compare as sets. */
    public static List<Map<String, String>> rows(Connection connection, String table) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), text(rs, i, meta));
                }
                rows.add(row);
            }
        }
        rows.sort((a, b) -> a.toString().compareTo(b.toString()));
        return rows;
    }

    /** The same rows with only the given columns, to compare a table with its older self. */
    public static List<Map<String, String>> only(List<Map<String, String>> rows, Set<String> columns) {
        List<Map<String, String>> projected = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Map<String, String> kept = new LinkedHashMap<>();
            row.forEach((column, value) -> {
                if (columns.contains(column)) {
                    kept.put(column, value);
                }
            });
            projected.add(kept);
        }
        projected.sort((a, b) -> a.toString().compareTo(b.toString()));
        return projected;
    }

    private static String text(ResultSet rs, int i, ResultSetMetaData meta) throws SQLException {
        String typeName = meta.getColumnTypeName(i).toLowerCase(Locale.ROOT);
        if (meta.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE || typeName.equals("timestamptz")) {
            OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
            return value == null ? null : value.toInstant().toString();
        }
        Object value = rs.getObject(i);
        return value == null ? null : value.toString();
    }
}
