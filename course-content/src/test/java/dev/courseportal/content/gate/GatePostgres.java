package dev.courseportal.content.gate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL (zonky's embedded binaries, PostgreSQL 14) started once and set up like the lab stack's server:
 * {@code wal_level=logical} and the same slot and sender limits as {@code lab-ops/compose/docker-compose.yml}. Each
 * gate run gets its own database loaded with the lab's sample schema, so that tests and the real course do not see
 * each other's objects.
 */
public final class GatePostgres implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private GatePostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static GatePostgres start() {
        try {
            return new GatePostgres(EmbeddedPostgres.builder()
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_replication_slots", "10")
                    .setServerConfig("max_wal_senders", "10")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** Creates a database and runs the sample schema script in it as the superuser. */
    public void createDatabase(String name, String schemaScript) {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        if (!schemaScript.isBlank()) {
            try (Connection connection = connect(name); Statement statement = connection.createStatement()) {
                statement.execute(schemaScript);
            } catch (SQLException e) {
                throw new IllegalStateException("the sample schema script failed in " + name, e);
            }
        }
    }

    /**
     * Drops a database and the replication slots created in it (a slot would otherwise keep its WAL and block the
     * drop), so that a test leaves nothing behind for the next one.
     */
    public void dropDatabase(String name) {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots "
                    + "WHERE database = '" + name + "' AND NOT active");
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name, e);
        }
    }

    /** A new connection as the superuser {@code postgres}, the user the lessons' SQL runs as. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", database));
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
    }
}
