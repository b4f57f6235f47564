package dev.courseportal.domain.testdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a test fixture script: statements end with a semicolon at the end of a line, and lines
 * starting with {@code --} are comments. Enough for fixtures; not a general SQL parser.
 */
public final class SqlScript {

    private SqlScript() {
    }

    public static void run(TestDatabase database, String resource) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements(read(resource))) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException(database + " refused a statement of " + resource + ":\n" + sql, e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + database, e);
        }
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String resource) {
        try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
