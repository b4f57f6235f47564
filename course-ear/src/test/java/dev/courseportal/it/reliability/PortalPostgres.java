package dev.courseportal.it.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The portal's PostgreSQL for tests that take it away: a real server (zonky's embedded binaries)
 * with its data in a directory of its own, stopped like an operator stops it ({@code pg_ctl stop},
 * which ends every session) and started again on the same port with the same data.
 */
public final class PortalPostgres implements AutoCloseable {

    public static final String DATABASE = "portal";
    public static final String USER = "portal";
    public static final String PASSWORD = "portal-secret";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    private PortalPostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A fresh server with an empty database {@value #DATABASE} owned by {@value #USER}. */
    public static PortalPostgres create(Path workDir) {
        Path dataDir = workDir.resolve("pgdata");
        deleteTree(dataDir);
        PortalPostgres postgres = new PortalPostgres(dataDir, freePort());
        postgres.start();
        postgres.asSuperuser("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        postgres.asSuperuser("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        return postgres;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /** Stops the server; sessions end, transactions in flight roll back. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop", e);
        } finally {
            server = null;
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** The variables that put a portal on this database (README, "Running on PostgreSQL"). */
    public Map<String, String> portalEnvironment() {
        return Map.of("PORTAL_DB_DRIVER", "postgresql", "PORTAL_DB_URL", jdbcUrl(),
                "PORTAL_DB_USER", USER, "PORTAL_DB_PASSWORD", PASSWORD);
    }

    /** A connection to the portal's database, for arranging and checking what a test needs. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    public void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    public long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    private void asSuperuser(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
