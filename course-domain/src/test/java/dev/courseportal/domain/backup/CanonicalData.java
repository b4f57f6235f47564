package dev.courseportal.domain.backup;

import dev.courseportal.domain.backup.control.BackupTable;
import dev.courseportal.domain.backup.control.BackupTables;
import dev.courseportal.domain.testdb.TableSnapshot;
import dev.courseportal.domain.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a backup holds, with the ids a database generated renumbered by content, so that two
 * portals holding the same data compare equal whatever ids their databases handed out.
 */
final class CanonicalData {

    private CanonicalData() {
    }

    static Map<String, List<Map<String, String>>> of(TestDatabase database) throws SQLException {
        Map<String, List<Map<String, String>>> canonical = new LinkedHashMap<>();
        Map<String, Map<String, String>> ids = new HashMap<>();
        try (Connection connection = database.connect()) {
            for (BackupTable table : BackupTables.ALL) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (Map<String, String> row : TableSnapshot.rows(connection, table.name())) {
                    Map<String, String> copy = new LinkedHashMap<>(row);
                    table.references().forEach((column, parent) -> copy.computeIfPresent(column,
                            (c, id) -> ids.get(parent).getOrDefault(id, "dangling " + id)));
                    rows.add(copy);
                }
                rows.sort((a, b) -> withoutId(a, table).compareTo(withoutId(b, table)));
                Map<String, String> renumbered = new HashMap<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (table.hasId()) {
                        renumbered.put(rows.get(i).get(table.id()), "#" + i);
                        rows.get(i).put(table.id(), "#" + i);
                    }
                }
                ids.put(table.name(), renumbered);
                canonical.put(table.name(), rows);
            }
        }
        return canonical;
    }

    private static String withoutId(Map<String, String> row, BackupTable table) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        if (table.hasId()) {
            copy.remove(table.id());
        }
        return copy.toString();
    }
}
