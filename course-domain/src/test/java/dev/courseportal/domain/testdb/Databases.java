package dev.courseportal.domain.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh databases for tests. H2 gets the portal's own URL options (see configure-server.cli);
 * PostgreSQL is one embedded server for the whole test run, stopped by a shutdown hook, with a new
 * database per request.
 */
public final class Databases {

    /** The options the portal's datasource gives H2 (configure-server.cli). */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    /** Both kinds the portal supports, each fresh and empty. */
    public static List<TestDatabase> bothKinds(String name) {
        return List.of(h2(name), postgres(name));
    }

    public static TestDatabase h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + "-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS);
        h2.setUser("portal");
        h2.setPassword("portal");
        return new TestDatabase("H2 (PostgreSQL mode)", h2);
    }

    public static TestDatabase postgres(String name) {
        String database = (name + "_" + COUNTER.incrementAndGet()).toLowerCase().replaceAll("[^a-z0-9_]", "_");
        EmbeddedPostgres server = server();
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return new TestDatabase("PostgreSQL", server.getDatabase("postgres", database));
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            // Without close() the postmaster would outlive the test JVM.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is going away; nothing left to tell
                }
            }, "embedded-postgres-stop"));
        }
        return postgres;
    }
}
