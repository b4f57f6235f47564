package dev.courseportal.domain.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.domain.testdb.Databases;
import dev.courseportal.domain.testdb.SqlScript;
import dev.courseportal.domain.testdb.TableSnapshot;
import dev.courseportal.domain.testdb.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An upgrade keeps every learner's data: a database that an earlier release created and filled
 * (a fixture per released schema under {@code fixtures/upgrade}) is migrated by this build's
 * migrations, exactly as the portal's start does, on H2 and on PostgreSQL; every row the old
 * release wrote is still there with the same values. When a release ships a new schema, add a
 * fixture of it (its migrations as released, Flyway's history rows, data in every table) to
 * {@link #FIXTURES}.
 */
class SchemaUpgradeTest {

    static final List<String> FIXTURES = List.of("v1-first-release.sql");
    private static final String FIRST_RELEASE = "/fixtures/upgrade/v1-first-release.sql";

    static Stream<Arguments> fixturesOnBothDatabases() {
        return FIXTURES.stream().flatMap(fixture -> Databases.bothKinds("upgrade").stream()
                .map(database -> Arguments.of(fixture, database)));
    }

    static Stream<TestDatabase> bothDatabases() {
        return Databases.bothKinds("first_release").stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("fixturesOnBothDatabases")
    void everyRowOfTheEarlierReleaseSurvivesTheUpgrade(String fixture, TestDatabase database) throws SQLException {
        SqlScript.run(database, "/fixtures/upgrade/" + fixture);
        Map<String, List<Map<String, String>>> before = snapshot(database);
        assertTrue(before.values().stream().mapToInt(List::size).sum() > 0, "the fixture holds data");

        MigrateResult result = Migrations.configuration(database.dataSource()).load().migrate();

        assertEquals(latestMigration(), result.targetSchemaVersion == null ? result.initialSchemaVersion
                : result.targetSchemaVersion, "migrated to this build's schema");
        Map<String, List<Map<String, String>>> after = snapshot(database);
        for (var table : before.entrySet()) {
            List<Map<String, String>> old = table.getValue();
            assertTrue(after.containsKey(table.getKey()), () -> "table " + table.getKey() + " is gone");
            List<Map<String, String>> now = TableSnapshot.only(after.get(table.getKey()),
                    old.isEmpty() ? Set.of() : old.get(0).keySet());
            List<Map<String, String>> lost = new ArrayList<>(old);
            lost.removeAll(now);
            assertTrue(lost.isEmpty() && old.size() == now.size(), () -> "the upgrade lost or changed rows of "
                    + table.getKey() + ": " + lost);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothDatabases")
    void learnersOfTheFirstReleaseKeepTheirProgressAndCanGoOn(TestDatabase database) throws SQLException {
        SqlScript.run(database, FIRST_RELEASE);

        Migrations.configuration(database.dataSource()).load().migrate();

        try (Connection connection = database.connect()) {
            assertEquals(Map.of("DONE", 2L, "VISITED", 2L), statesOf(connection, "anna.petrova"));
            assertEquals(Map.of("DONE", 3L), statesOf(connection, "john.smith"), "a lesson removed later is kept too");
            assertEquals(Map.of("DONE", 1L, "VISITED", 1L), statesOf(connection, "left.company"));
            assertEquals(4L, count(connection, "SELECT COUNT(*) FROM quiz_attempt q JOIN account a ON a.id = q.account_id "
                    + "WHERE a.username = 'anna.petrova'"));
            assertEquals(2L, count(connection, "SELECT COUNT(*) FROM quiz_attempt q JOIN account a ON a.id = q.account_id "
                    + "WHERE a.username = 'john.smith'"), "two identical answers stay two attempts");
            assertEquals(0L, count(connection, "SELECT COUNT(*) FROM account WHERE sign_in_source <> 'local'"),
                    "accounts of the first release sign in with their password here");
            assertEquals("шаг-3-регистрация-коннектора", text(connection, "SELECT last_anchor FROM lesson_progress p "
                    + "JOIN account a ON a.id = p.account_id WHERE a.username = 'anna.petrova' AND lesson_id = 'first-connector'"));

            // The portal goes on writing after the upgrade: new ids do not collide with old rows.
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO account (username, display_name, created_at) "
                        + "VALUES ('after.upgrade', 'После обновления', CURRENT_TIMESTAMP)");
                statement.executeUpdate("INSERT INTO lesson_progress (account_id, lesson_id, state, first_visit_at, "
                        + "last_visit_at, version) SELECT id, 'cdc-fundamentals', 'VISITED', CURRENT_TIMESTAMP, "
                        + "CURRENT_TIMESTAMP, 0 FROM account WHERE username = 'after.upgrade'");
                statement.executeUpdate("INSERT INTO quiz_attempt (account_id, lesson_id, question_id, answer, correct, "
                        + "attempted_at) SELECT id, 'cdc-fundamentals', 'q1', '2', TRUE, CURRENT_TIMESTAMP FROM account "
                        + "WHERE username = 'after.upgrade'");
            }
            assertEquals(7L, count(connection, "SELECT COUNT(DISTINCT id) FROM account"));
        }
    }

    private static Map<String, List<Map<String, String>>> snapshot(TestDatabase database) throws SQLException {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        try (Connection connection = database.connect()) {
            for (String table : TableSnapshot.tables(connection)) {
                if (!table.equals("flyway_schema_history")) {
                    tables.put(table, TableSnapshot.rows(connection, table));
                }
            }
        }
        return tables;
    }

    private static Map<String, Long> statesOf(Connection connection, String username) throws SQLException {
        Map<String, Long> states = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT state, COUNT(*) FROM lesson_progress p "
                + "JOIN account a ON a.id = p.account_id WHERE a.username = ? GROUP BY state")) {
            statement.setString(1, username);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return states;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The highest version among this build's migrations. */
    private static String latestMigration() {
        try (Stream<Path> files = Files.list(Path.of(SchemaMigration.class.getResource("/db/migration").toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare)
                    .map(String::valueOf)
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
