package dev.courseportal.domain.backup;

import dev.courseportal.domain.account.boundary.Caller;
import dev.courseportal.domain.account.entity.Role;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.backup.control.BackupFileException;
import dev.courseportal.domain.backup.control.BackupRestorer;
import dev.courseportal.domain.backup.control.BackupWriter;
import dev.courseportal.domain.backup.control.PortalNotEmptyException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Backup and restore of the whole portal, for administrators. Each runs in one database
 * transaction of its own, outside the container's: an export reads one consistent snapshot
 * however long it streams, and a restore is whole or nothing however long it takes (no
 * container transaction timeout cuts a large restore in half).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalBackup {

    private static final Logger LOG = Logger.getLogger(PortalBackup.class.getName());
    /** Audit actions, recorded by name beside the accounts' own. */
    static final String EXPORTED = "BACKUP_EXPORTED";
    static final String RESTORED = "BACKUP_RESTORED";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @EJB
    AuditLog audit;

    /**
     * Writes the backup to {@code out}. Password hashes and lab passwords are in it only when
     * {@code secrets} is true; the file must then be kept like the database itself.
     */
    public Map<String, Integer> export(Caller caller, boolean secrets, OutputStream out) {
        caller.require(Role.ADMINISTRATOR);
        Map<String, Integer> counts;
        try (Connection connection = dataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                // Not closed here: closing a generator that failed half-way would hide why it failed.
                JsonGenerator json = Json.createGenerator(out);
                counts = BackupWriter.write(connection, json, secrets);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the backup could not be read from the database", e);
        }
        audit.record(caller.username(), EXPORTED, null, (secrets ? "with" : "without") + " secrets, " + counts);
        LOG.info(() -> caller.username() + " exported a backup " + (secrets ? "with" : "without") + " secrets: " + counts);
        return counts;
    }

    /**
     * Restores a backup into this portal, which must hold no learners' data yet (a new portal:
     * its first administrator and demo accounts may exist, and are updated from the backup when
     * it has accounts of the same names). Nothing is written unless everything is.
     */
    public Map<String, Integer> restore(Caller caller, InputStream in) throws BackupFileException, PortalNotEmptyException {
        caller.require(Role.ADMINISTRATOR);
        Map<String, Integer> counts;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (JsonParser json = Json.createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                counts = BackupRestorer.restore(connection, json);
                connection.commit();
            } catch (SQLException | BackupFileException | PortalNotEmptyException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the backup could not be written to the database; nothing was restored", e);
        }
        audit.record(caller.username(), RESTORED, null, String.valueOf(counts));
        LOG.info(() -> caller.username() + " restored a backup: " + counts);
        return counts;
    }
}
