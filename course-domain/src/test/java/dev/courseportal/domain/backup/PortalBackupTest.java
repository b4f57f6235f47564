package dev.courseportal.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.backup.control.BackupFileException;
import dev.courseportal.domain.backup.control.BackupTable;
import dev.courseportal.domain.backup.control.BackupTables;
import dev.courseportal.domain.backup.control.PortalNotEmptyException;
import dev.courseportal.domain.testdb.Databases;
import dev.courseportal.domain.testdb.SqlScript;
import dev.courseportal.domain.testdb.TableSnapshot;
import dev.courseportal.domain.testdb.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A backup restored into an empty portal gives the same data, across H2 and PostgreSQL both ways;
 * a portal that already holds learners' data, or a broken file, changes nothing.
 */
class PortalBackupTest {

    private static final Caller ADMIN = new Caller(1, "admin", EnumSet.of(Role.ADMINISTRATOR));
    private static final String FIXTURE = "/fixtures/backup/portal-data.sql";
    private static final String BOOTSTRAP_HASH = "pbkdf2-sha256$210000$bootstrap$bootstrap";

    @Test
    void everyTableOfTheSchemaIsBackedUpOrLeftOutOnPurpose() throws SQLException {
        TestDatabase database = Databases.h2("coverage").migrated();
        Set<String> declared = new HashSet<>(BackupTables.NOT_BACKED_UP.keySet());
        BackupTables.ALL.forEach(t -> declared.add(t.name()));
        try (Connection connection = database.connect()) {
            Set<String> undeclared = new HashSet<>(TableSnapshot.tables(connection));
            undeclared.removeAll(declared);
            assertTrue(undeclared.isEmpty(), () -> "tables neither in BackupTables.ALL nor in NOT_BACKED_UP: " + undeclared);
        }
    }

    @Test
    void everyReferenceBetweenBackedUpTablesIsDeclared() throws SQLException {
        TestDatabase database = Databases.postgres("references").migrated();
        try (Connection connection = database.connect()) {
            for (BackupTable table : BackupTables.ALL) {
                Map<String, String> found = new HashMap<>();
                try (ResultSet keys = connection.getMetaData().getImportedKeys(null, "public", table.name())) {
                    while (keys.next()) {
                        found.put(keys.getString("FKCOLUMN_NAME"), keys.getString("PKTABLE_NAME"));
                    }
                }
                assertEquals(found, table.references(), () -> "references of " + table.name()
                        + ": a restore renumbers ids, so every foreign key must be declared in BackupTables");
            }
        }
    }

    @Test
    void theFixtureFillsEveryBackedUpTable() throws SQLException {
        TestDatabase source = filled(Databases.h2("fixture"));
        CanonicalData.of(source).forEach((table, rows) ->
                assertFalse(rows.isEmpty(), () -> "add rows of " + table + " to " + FIXTURE));
    }

    @Test
    void restoreIntoAnEmptyPortalGivesIdenticalDataFromH2ToPostgresqlAndBack() throws Exception {
        TestDatabase h2 = filled(Databases.h2("source"));
        var expected = CanonicalData.of(h2);

        TestDatabase postgres = newPortal(Databases.postgres("target"));
        Map<String, Integer> restored = backup(postgres).restore(ADMIN, in(export(h2, true)));
        assertEquals(expected, CanonicalData.of(postgres));
        assertEquals(expected.get("lesson_progress").size(), restored.get("lesson_progress"));

        TestDatabase backToH2 = newPortal(Databases.h2("back"));
        backup(backToH2).restore(ADMIN, in(export(postgres, true)));
        assertEquals(expected, CanonicalData.of(backToH2));
    }

    @Test
    void aBackupWithoutSecretsLeavesPasswordsOutAndKeepsTheNewPortalsOwn() throws Exception {
        TestDatabase source = filled(Databases.h2("nosecrets"));
        byte[] file = export(source, false);
        String json = new String(file, StandardCharsets.UTF_8);
        assertFalse(json.contains("password_hash") || json.contains("pbkdf2") || json.contains("lab-secret")
                || json.contains("jupyter-secret"), "no secret in a backup made without secrets");

        TestDatabase target = newPortal(Databases.postgres("nosecrets"));
        backup(target).restore(ADMIN, in(file));

        assertEquals(BOOTSTRAP_HASH, text(target, "SELECT password_hash FROM account WHERE username = 'admin'"),
                "the new portal's administrator keeps the password it was started with");
        assertNull(text(target, "SELECT password_hash FROM account WHERE username = 'anna.petrova'"));
        assertEquals("", text(target, "SELECT postgres_password FROM lab_environment WHERE name = 'classroom-1'"));
        assertEquals("Анна Петрова", text(target, "SELECT display_name FROM account WHERE username = 'anna.petrova'"));
    }

    @Test
    void aPortalThatHoldsLearnersDataRefusesARestoreAndKeepsItsData() throws Exception {
        TestDatabase portal = filled(Databases.postgres("notempty"));
        var before = CanonicalData.of(portal);

        PortalNotEmptyException refused = assertThrows(PortalNotEmptyException.class,
                () -> backup(portal).restore(ADMIN, in(export(portal, true))));

        assertTrue(refused.tables().contains("lesson_progress"), () -> String.valueOf(refused.tables()));
        assertEquals(before, CanonicalData.of(portal));
    }

    @Test
    void aFileBrokenHalfWayRestoresNothing() throws Exception {
        byte[] file = export(filled(Databases.h2("broken")), true);
        String json = new String(file, StandardCharsets.UTF_8);
        // Cut in the middle of the cohorts: accounts and progress before it parse fine.
        byte[] cut = json.substring(0, json.indexOf("\"cohort_member\"")).getBytes(StandardCharsets.UTF_8);
        TestDatabase target = newPortal(Databases.postgres("broken"));
        var before = CanonicalData.of(target);

        BackupFileException refused = assertThrows(BackupFileException.class,
                () -> backup(target).restore(ADMIN, in(cut)));

        assertEquals("backup.notJson", refused.messageKey());
        assertEquals(before, CanonicalData.of(target), "nothing of the accounts and progress read before stays");
    }

    @Test
    void somethingElseThanABackupIsRefused() throws Exception {
        TestDatabase target = newPortal(Databases.h2("other"));
        byte[] progressExport = "{\"format\":\"course-portal-progress\",\"version\":1,\"lessons\":[]}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("backup.notABackup", assertThrows(BackupFileException.class,
                () -> backup(target).restore(ADMIN, in(progressExport))).messageKey());
        assertEquals("backup.notJson", assertThrows(BackupFileException.class,
                () -> backup(target).restore(ADMIN, in("not json".getBytes(StandardCharsets.UTF_8)))).messageKey());
    }

    @Test
    void onlyAnAdministratorMakesOrRestoresABackup() {
        Caller instructor = new Caller(2, "john.smith", EnumSet.of(Role.INSTRUCTOR, Role.LEARNER));
        TestDatabase portal = newPortal(Databases.h2("roles"));
        assertThrows(AccessDeniedException.class, () -> backup(portal).export(instructor, false, new ByteArrayOutputStream()));
        assertThrows(AccessDeniedException.class, () -> backup(portal).restore(instructor, in(new byte[0])));
    }

    private static TestDatabase filled(TestDatabase database) {
        database.migrated();
        SqlScript.run(database, FIXTURE);
        return database;
    }

    /** A portal as its first start leaves it: migrated, with its first administrator. */
    private static TestDatabase newPortal(TestDatabase database) {
        database.migrated();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO account (username, display_name, password_hash, created_at) "
                    + "VALUES ('admin', 'Administrator', '" + BOOTSTRAP_HASH + "', CURRENT_TIMESTAMP)");
            statement.executeUpdate("INSERT INTO account_role (account_id, role) SELECT id, 'ADMINISTRATOR' FROM account");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return database;
    }

    private static byte[] export(TestDatabase database, boolean secrets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backup(database).export(ADMIN, secrets, out);
        return out.toByteArray();
    }

    private static PortalBackup backup(TestDatabase database) {
        PortalBackup backup = new PortalBackup();
        backup.dataSource = database.dataSource();
        backup.audit = new NoAudit();
        return backup;
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static String text(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    /** The audit log is the accounts' business; here it only has to accept entries. */
    static final class NoAudit extends AuditLog {
        final List<String> recorded = new ArrayList<>();

        @Override
        public void record(String actor, String action, String target, String detail) {
            recorded.add(action);
        }
    }
}
