package dev.courseportal.domain.backup.control;

import jakarta.json.stream.JsonGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes every backed-up table, all its columns, in one consistent snapshot: the caller gives a
 * connection in a repeatable-read transaction, so rows written meanwhile are all in or all out
 * and no row points at a parent the file lacks.
 */
public final class BackupWriter {

    private static final int FETCH_SIZE = 500;

    private BackupWriter() {
    }

    /** Writes the backup; returns the number of rows per table. */
    public static Map<String, Integer> write(Connection connection, JsonGenerator json, boolean secrets)
            throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        json.writeStartObject()
                .write("format", BackupFormat.FORMAT)
                .write("version", BackupFormat.VERSION)
                .write("schemaVersion", BackupFormat.schemaVersion(connection).orElse("0"))
                .write("exportedAt", Instant.now().toString())
                .write("secrets", secrets);
        json.writeStartArray("tables");
        for (BackupTable table : BackupTables.ALL) {
            counts.put(table.name(), writeTable(connection, json, table, secrets));
        }
        json.writeEnd().writeEnd();
        json.flush();
        return counts;
    }

    private static int writeTable(Connection connection, JsonGenerator json, BackupTable table, boolean secrets)
            throws SQLException {
        int rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table.name() + " ORDER BY "
                    + String.join(", ", table.orderBy()))) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Integer> columns = new ArrayList<>();
                List<ColumnCodec> codecs = new ArrayList<>();
                json.writeStartObject().write("name", table.name());
                json.writeStartArray("columns");
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    if (secrets || !table.secrets().contains(column)) {
                        columns.add(i);
                        codecs.add(ColumnCodec.of(meta, i));
                        json.write(column);
                    }
                }
                json.writeEnd();
                json.writeStartArray("rows");
                while (rs.next()) {
                    json.writeStartArray();
                    for (int c = 0; c < columns.size(); c++) {
                        codecs.get(c).write(json, rs, columns.get(c));
                    }
                    json.writeEnd();
                    rows++;
                }
                json.writeEnd().writeEnd();
            }
        }
        return rows;
    }
}
