package dev.courseportal.domain.backup.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a backup file as a stream (a large portal's file never sits in memory whole) and writes its
 * rows through the caller's connection. The caller owns the transaction: it commits when this
 * returns and rolls back when it throws, so a restore is whole or nothing.
 */
public final class BackupRestorer {

    private final Connection connection;
    private final JsonParser json;
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private BackupRestorer(Connection connection, JsonParser json) {
        this.connection = connection;
        this.json = json;
    }

    /** Restores the file into the (empty) portal; returns the rows restored per table. */
    public static Map<String, Integer> restore(Connection connection, JsonParser json)
            throws SQLException, BackupFileException, PortalNotEmptyException {
        try {
            return new BackupRestorer(connection, json).read();
        } catch (JsonParsingException e) {
            throw new BackupFileException("backup.notJson", String.valueOf(e.getLocation().getLineNumber()));
        } catch (JsonException | IllegalStateException e) {
            throw new BackupFileException("backup.notABackup");
        }
    }

    private Map<String, Integer> read() throws SQLException, BackupFileException, PortalNotEmptyException {
        if (!json.hasNext() || json.next() != Event.START_OBJECT) {
            throw new BackupFileException("backup.notABackup");
        }
        Map<String, JsonValue> header = new HashMap<>();
        boolean tables = false;
        Event event;
        while ((event = json.next()) != Event.END_OBJECT) {
            String key = json.getString();
            event = json.next();
            if (key.equals("tables") && event == Event.START_ARRAY) {
                checkHeader(header);
                checkEmpty();
                readTables();
                tables = true;
            } else if (event == Event.START_OBJECT) {
                json.skipObject();
            } else if (event == Event.START_ARRAY) {
                json.skipArray();
            } else {
                header.put(key, json.getValue());
            }
        }
        if (!tables) {
            throw new BackupFileException("backup.notABackup");
        }
        return counts;
    }

    private void checkHeader(Map<String, JsonValue> header) throws SQLException, BackupFileException {
        if (!(header.get("format") instanceof JsonString format) || !BackupFormat.FORMAT.equals(format.getString())) {
            throw new BackupFileException("backup.notABackup");
        }
        if (!String.valueOf(BackupFormat.VERSION).equals(String.valueOf(header.get("version")))) {
            throw new BackupFileException("backup.unsupportedVersion", String.valueOf(header.get("version")));
        }
        String fileSchema = header.get("schemaVersion") instanceof JsonString s ? s.getString() : "0";
        String ours = BackupFormat.schemaVersion(connection).orElse("0");
        try {
            if (BackupFormat.compareVersions(fileSchema, ours) > 0) {
                throw new BackupFileException("backup.newerSchema", fileSchema, ours);
            }
        } catch (NumberFormatException e) {
            throw new BackupFileException("backup.notABackup");
        }
    }

    /** Refuses a portal that already holds learners' data: the backup would be mixed into it. */
    private void checkEmpty() throws SQLException, PortalNotEmptyException {
        List<String> holding = new ArrayList<>();
        for (BackupTable table : BackupTables.ALL) {
            if (table.learnerData()) {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        holding.add(table.name());
                    }
                }
            }
        }
        if (!holding.isEmpty()) {
            throw new PortalNotEmptyException(holding);
        }
    }

    private void readTables() throws SQLException, BackupFileException {
        Event event;
        while ((event = json.next()) != Event.END_ARRAY) {
            if (event != Event.START_OBJECT) {
                throw new BackupFileException("backup.notABackup");
            }
            readTable();
        }
    }

    private void readTable() throws SQLException, BackupFileException {
        String name = null;
        List<String> columns = null;
        Event event;
        while ((event = json.next()) != Event.END_OBJECT) {
            String key = json.getString();
            event = json.next();
            if (key.equals("name") && event == Event.VALUE_STRING) {
                name = json.getString();
            } else if (key.equals("columns") && event == Event.START_ARRAY) {
                columns = names(json.getArray());
            } else if (key.equals("rows") && event == Event.START_ARRAY && name != null && columns != null) {
                counts.put(name, readRows(table(name), columns));
            } else {
                throw new BackupFileException("backup.notABackup");
            }
        }
    }

    private BackupTable table(String name) throws BackupFileException {
        BackupTable table = BackupTables.named(name)
                .orElseThrow(() -> new BackupFileException("backup.unknownTable", name));
        if (counts.containsKey(name)) {
            throw new BackupFileException("backup.notABackup");
        }
        for (String parent : table.references().values()) {
            if (!ids.containsKey(parent)) {
                throw new BackupFileException("backup.outOfOrder", name, parent);
            }
        }
        return table;
    }

    private int readRows(BackupTable table, List<String> columns) throws SQLException, BackupFileException {
        try (TableLoad load = new TableLoad(connection, table, columns, ids)) {
            int index = 0;
            Event event;
            while ((event = json.next()) != Event.END_ARRAY) {
                if (event != Event.START_ARRAY) {
                    throw new BackupFileException("backup.badRow", table.name(), String.valueOf(index));
                }
                load.row(json.getArray(), index++);
            }
            return load.finish();
        }
    }

    private static List<String> names(JsonArray array) throws BackupFileException {
        List<String> names = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonString name)) {
                throw new BackupFileException("backup.notABackup");
            }
            names.add(name.getString());
        }
        return names;
    }
}
