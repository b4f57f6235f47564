package dev.courseportal.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.it.Portal;
import dev.courseportal.it.reliability.PortalClient.Page;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real PostgreSQL stopped and started under a running portal (its own server on port offset
 * 1200): while it is down, pages answer 503 "temporarily unavailable" in the person's language and
 * readiness is DOWN; what was being written when it went away is not there at all; once it is back
 * the portal carries on by itself, sessions and the probe timer included.
 */
class DatabaseOutageIT {

    private static final String PASSWORD = Portal.demoPassword();
    private static final Path WORK = Path.of("target", "reliability", "outage");
    private static final Pattern LESSON_LINK = Pattern.compile("lesson\\.xhtml\\?id=([a-z0-9-]+)");
    private static PortalPostgres postgres;
    private static PortalServer portal;

    @BeforeAll
    static void start() throws InterruptedException {
        postgres = PortalPostgres.create(WORK);
        Map<String, String> env = new HashMap<>(postgres.portalEnvironment());
        env.put("PORTAL_DEMO_ACCOUNTS", "true");
        env.put("PORTAL_DEMO_PASSWORD", PASSWORD);
        env.put("PORTAL_ADMIN_PASSWORD", PASSWORD);
        env.put("PORTAL_LAB_PROBE_INTERVAL_SECONDS", "5");
        portal = PortalServer.prepare("outage", PortalServer.provisionedServer(), WORK, PortalServer.builtEar(),
                Integer.getInteger("portal.reliability.offset", 1200), env);
        portal.start();
        Duration started = portal.awaitReady(Duration.ofMinutes(5));
        System.out.printf("[reliability] portal on PostgreSQL ready in %.1f s%n", started.toMillis() / 1000.0);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aRestoreCutOffByTheDatabaseLeavesNothingBehindAndSucceedsOnceItIsBack() throws Exception {
        // A new portal: no learner's data yet, only its first accounts.
        postgres.execute("DELETE FROM lesson_progress");
        assertEquals(403, admin("learner").send(backupRequest().GET()).status(), "administrators only");
        Page export = admin("admin").send(backupRequest().GET());
        assertEquals(200, export.status());
        assertTrue(export.body().contains("\"course-portal-backup\"") && !export.body().contains("password_hash"),
                "a backup without secrets by default");

        byte[] file = BigBackup.of(1500, 20);
        CompletableFuture<Page> restore = CompletableFuture.supplyAsync(() -> admin("admin").send(restoreRequest(file)));
        long writing = awaitRestoreWriting();
        postgres.stop();
        Page cut;
        try {
            cut = restore.get(2, TimeUnit.MINUTES);
        } finally {
            postgres.start();
        }
        System.out.printf("[reliability] restore of 1500 learners writing after %d ms, then PostgreSQL stopped: %d %s%n",
                writing, cut.status(), cut.body());
        assertEquals(503, cut.status(), "the database went away: temporarily unavailable, not an error");
        Duration recovered = awaitRecovery();

        assertEquals(0, postgres.count("SELECT COUNT(*) FROM account WHERE username LIKE '" + BigBackup.PREFIX + "%'"),
                "nothing of the cut-off restore was written");
        assertEquals(0, postgres.count("SELECT COUNT(*) FROM lesson_progress"));

        Page whole = admin("admin").send(restoreRequest(file));
        assertEquals(200, whole.status(), whole.body());
        assertEquals(1500 * 20, postgres.count("SELECT COUNT(*) FROM lesson_progress"));
        Page again = admin("admin").send(restoreRequest(file));
        assertEquals(409, again.status(), "a portal that holds learners' data refuses a restore: " + again.body());
        System.out.printf("[reliability] ready again %.1f s after PostgreSQL restarted%n", recovered.toMillis() / 1000.0);
    }

    @Test
    void pagesSayTemporarilyUnavailableInTheirLanguageAndRecoverByThemselves() throws Exception {
        postgres.execute("UPDATE account SET locale = 'en' WHERE username = 'instructor'");
        PortalClient learner = new PortalClient(portal.http());
        Page start = learner.signIn("learner", PASSWORD);
        PortalClient instructor = new PortalClient(portal.http());
        instructor.signIn("instructor", PASSWORD);
        Matcher link = LESSON_LINK.matcher(start.body());
        assertTrue(link.find(), "the start page links lessons");
        String lesson = link.group(1);
        Page tab = learner.get("lesson.xhtml?id=" + lesson);
        assertEquals(200, tab.status());
        assertEquals(204, learner.position(lesson, "before-outage"));

        postgres.stop();
        Instant restarted;
        try {
            PortalServer.Health health = portal.health();
            assertEquals(503, health.status(), "readiness is DOWN: " + health.body());
            assertTrue(health.body().contains("\"database\"") && health.body().contains("DOWN"), health.body());

            Page russian = learner.get("/");
            assertEquals(503, russian.status());
            assertTrue(russian.body().contains("Портал временно недоступен") && russian.body().contains("lang=\"ru\""),
                    russian.body());
            Page english = instructor.get("/");
            assertEquals(503, english.status());
            assertTrue(english.body().contains("The portal is temporarily unavailable")
                    && english.body().contains("lang=\"en\""), english.body());

            Page click = learner.ajaxClick(tab, "done-form", "toggle-done", "done-form", Map.of());
            assertTrue(click.body().contains("<redirect url=\"/error/unavailable.xhtml\""),
                    () -> "a mark-done click is sent to the unavailable page: " + click.body());
            assertEquals(503, learner.position(lesson, "during-outage"));

            PortalClient newcomer = new PortalClient(portal.http());
            Page form = newcomer.get("login.xhtml");
            // As a browser posts the form: with its view state and its script nonce.
            Page signIn = newcomer.postForm("login.xhtml", Map.of("login", "login", "username", "learner",
                    "password", PASSWORD, "signIn", "signIn", "jakarta.faces.ViewState", form.viewState(),
                    "primefaces.nonce", form.nonce()), Map.of("Accept", "text/html"));
            assertEquals(503, signIn.status());
            assertTrue(signIn.body().contains("Портал временно недоступен"), signIn.body());
        } finally {
            postgres.start();
            restarted = Instant.now();
        }
        Duration recovered = awaitRecovery();
        int failures = 0;
        Page back = learner.get("/");
        while (back.status() != 200 && failures < 60) {
            failures++;
            Thread.sleep(1000);
            back = learner.get("/");
        }
        System.out.printf("[reliability] ready %.1f s after PostgreSQL restarted; %d page(s) still unavailable after that%n",
                recovered.toMillis() / 1000.0, failures);
        assertEquals(200, back.status(), "the same session works again without signing in anew");
        assertFalse(back.signInForm());
        assertEquals(204, learner.position(lesson, "after-outage"));
        Page repeated = learner.ajaxClick(tab, "done-form", "toggle-done", "done-form", Map.of());
        assertTrue(repeated.body().contains("<partial-response") && !repeated.body().contains("<error"), repeated.body());

        assertEquals(1, postgres.count("SELECT COUNT(*) FROM lesson_progress p JOIN account a ON a.id = p.account_id "
                + "WHERE a.username = 'learner' AND p.lesson_id = '" + lesson + "' AND p.state = 'DONE' "
                + "AND p.last_anchor = 'after-outage'"), "what was written after the outage is there, in full");
        awaitProbeRunAfter(restarted);
    }

    /** Waits until the restore's transaction is writing progress rows; returns how long that took. */
    private static long awaitRestoreWriting() throws InterruptedException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(60)) {
            if (postgres.count("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = 'portal' "
                    + "AND query LIKE 'INSERT INTO lesson_progress%'") > 0) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the restore did not start writing progress within a minute");
    }

    private static Duration awaitRecovery() throws InterruptedException {
        return portal.awaitReady(Duration.ofMinutes(2));
    }

    /** The probe timer survived the outage: a run started after the database came back. */
    private static void awaitProbeRunAfter(Instant restarted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String sql = "SELECT COUNT(*) FROM lab_probe_run WHERE started_at > TIMESTAMP WITH TIME ZONE '" + restarted + "'";
        while (postgres.count(sql) == 0) {
            assertTrue(System.nanoTime() < deadline, "no probe run within 90 s of the database's return");
            Thread.sleep(1000);
        }
    }

    /** A script's client of the API: HTTP Basic on every request. */
    private static PortalClient admin(String username) {
        String token = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new PortalClient(portal.http()).withHeader("Authorization", "Basic " + token);
    }

    private static HttpRequest.Builder backupRequest() {
        return HttpRequest.newBuilder(portal.http().resolve("api/admin/backup"));
    }

    private static HttpRequest.Builder restoreRequest(byte[] file) {
        return backupRequest().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
    }
}
