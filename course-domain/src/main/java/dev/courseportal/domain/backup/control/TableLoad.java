package dev.courseportal.domain.backup.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Restores the rows of one table: renumbers the ids its rows point at, updates the row with the
 * same natural key where the table has one, inserts the others (in batches where no later table
 * needs their new ids).
 */
final class TableLoad implements AutoCloseable {

    private static final int BATCH = 500;

    private final BackupTable table;
    private final List<String> fileColumns;
    private final Map<String, Map<Long, Long>> ids;
    private final Map<String, ColumnCodec> codecs = new HashMap<>();
    private final List<String> written = new ArrayList<>();
    private final List<String> updated = new ArrayList<>();
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private final boolean mapsIds;
    private final PreparedStatement insert;
    private final PreparedStatement find;
    private final PreparedStatement update;
    private int pending;
    private int rows;

    TableLoad(Connection connection, BackupTable table, List<String> fileColumns, Map<String, Map<Long, Long>> ids)
            throws SQLException, BackupFileException {
        this.table = table;
        this.fileColumns = List.copyOf(fileColumns);
        this.ids = ids;
        Map<String, Boolean> nullable = describe(connection);
        for (String column : fileColumns) {
            if (!codecs.containsKey(column)) {
                throw new BackupFileException("backup.unknownColumn", table.name() + "." + column);
            }
            if (!column.equals(table.id())) {
                written.add(column);
            }
        }
        // A backup without secrets leaves them out; a column that needs a value gets an empty one.
        for (String secret : table.secrets()) {
            if (!fileColumns.contains(secret) && codecs.containsKey(secret) && !nullable.get(secret)) {
                placeholders.put(secret, "");
            }
        }
        if (table.hasId() && !fileColumns.contains(table.id())) {
            throw new BackupFileException("backup.missingColumn", table.name() + "." + table.id());
        }
        mapsIds = table.hasId() && BackupTables.referenced(table);
        List<String> inserted = new ArrayList<>(written);
        inserted.addAll(placeholders.keySet());
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", inserted) + ") VALUES ("
                + String.join(", ", Collections.nCopies(inserted.size(), "?")) + ")"
                // Rows of a relation may already exist for an account the restore merged.
                + (table.hasId() ? "" : " ON CONFLICT DO NOTHING");
        insert = mapsIds ? connection.prepareStatement(sql, new String[] {table.id()}) : connection.prepareStatement(sql);
        if (table.mergeKey() != null) {
            find = connection.prepareStatement("SELECT " + table.id() + " FROM " + table.name() + " WHERE "
                    + table.mergeKey() + " = ?");
            written.stream().filter(c -> !c.equals(table.mergeKey())).forEach(updated::add);
            update = connection.prepareStatement("UPDATE " + table.name() + " SET "
                    + String.join(", ", updated.stream().map(c -> c + " = ?").toList())
                    + " WHERE " + table.id() + " = ?");
        } else {
            find = null;
            update = null;
        }
        ids.put(table.name(), new HashMap<>());
    }

    private Map<String, Boolean> describe(Connection connection) throws SQLException {
        Map<String, Boolean> nullable = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + table.name() + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                codecs.put(column, ColumnCodec.of(meta, i));
                nullable.put(column, meta.isNullable(i) != ResultSetMetaData.columnNoNulls);
            }
        }
        return nullable;
    }

    void row(JsonArray values, int index) throws SQLException, BackupFileException {
        if (values.size() != fileColumns.size()) {
            throw new BackupFileException("backup.badRow", table.name(), String.valueOf(index));
        }
        Map<String, JsonValue> row = new HashMap<>();
        for (int i = 0; i < fileColumns.size(); i++) {
            row.put(fileColumns.get(i), remapped(fileColumns.get(i), values.get(i), index));
        }
        Long existing = existing(row);
        try {
            if (existing != null) {
                bind(update, row, updated, index);
                update.setLong(updated.size() + 1, existing);
                update.executeUpdate();
                mapId(row, existing);
            } else if (mapsIds) {
                bind(insert, row, written, index);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    mapId(row, keys.getLong(1));
                }
            } else {
                bind(insert, row, written, index);
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            }
        } catch (SQLException e) {
            throw new SQLException("restoring row " + index + " of " + table.name() + " failed: " + e.getMessage(),
                    e.getSQLState(), e);
        }
        rows++;
    }

    /** Sends the last batch; returns the number of rows restored. */
    int finish() throws SQLException {
        flush();
        return rows;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    private JsonValue remapped(String column, JsonValue value, int index) throws BackupFileException {
        String parent = table.references().get(column);
        if (parent == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return value;
        }
        Map<Long, Long> parentIds = ids.get(parent);
        Long mapped = parentIds == null ? null : parentIds.get(idOf(value, column, index));
        if (mapped == null) {
            throw new BackupFileException("backup.danglingReference", table.name(), String.valueOf(index), column);
        }
        return Json.createValue(mapped);
    }

    private Long existing(Map<String, JsonValue> row) throws SQLException, BackupFileException {
        if (find == null) {
            return null;
        }
        JsonValue key = row.get(table.mergeKey());
        if (!(key instanceof JsonString text)) {
            throw new BackupFileException("backup.missingColumn", table.name() + "." + table.mergeKey());
        }
        find.setString(1, text.getString());
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private void bind(PreparedStatement statement, Map<String, JsonValue> row, List<String> columns, int index)
            throws SQLException, BackupFileException {
        int p = 1;
        for (String column : columns) {
            try {
                codecs.get(column).bind(statement, p++, row.get(column));
            } catch (RuntimeException e) {
                throw new BackupFileException("backup.badValue", table.name(), String.valueOf(index), column);
            }
        }
        if (statement == insert) {
            for (String placeholder : placeholders.values()) {
                statement.setString(p++, placeholder);
            }
        }
    }

    private void mapId(Map<String, JsonValue> row, long newId) throws BackupFileException {
        if (table.hasId()) {
            ids.get(table.name()).put(idOf(row.get(table.id()), table.id(), rows), newId);
        }
    }

    private long idOf(JsonValue value, String column, int index) throws BackupFileException {
        try {
            return ColumnCodec.id(value);
        } catch (RuntimeException e) {
            throw new BackupFileException("backup.badValue", table.name(), String.valueOf(index), column);
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        if (find != null) {
            find.close();
            update.close();
        }
    }
}
