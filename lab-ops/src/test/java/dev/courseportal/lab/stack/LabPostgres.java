package dev.courseportal.lab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL (zonky's embedded binaries) set up like the Compose stack's:
 * {@code wal_level=logical}, room for replication slots and senders, database
 * {@code inventory} loaded from {@code compose/postgres/init/01-inventory.sql}.
 */
final class LabPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private LabPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static LabPostgres start(Path workDir) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(FreePorts.next())
                    .setDataDirectory(workDir.resolve("data"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_replication_slots", "10")
                    .setServerConfig("max_wal_senders", "10")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            LabPostgres lab = new LabPostgres(postgres);
            lab.loadSampleSchema();
            return lab;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/inventory";
    }

    /** A connection as the superuser {@code postgres}, to arrange what a test needs. */
    Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    /** Runs SQL as {@code postgres} in the inventory database. */
    void execute(String sql) {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    private void loadSampleSchema() {
        Path script = LabFiles.composeDir().resolve("postgres/init/01-inventory.sql");
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE inventory");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database inventory", e);
        }
        try {
            execute(Files.readString(script));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
