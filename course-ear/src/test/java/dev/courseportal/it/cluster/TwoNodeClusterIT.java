package dev.courseportal.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.courseportal.it.Portal;
import dev.courseportal.it.reliability.PortalClient;
import dev.courseportal.it.reliability.PortalClient.Page;
import dev.courseportal.it.reliability.PortalPostgres;
import dev.courseportal.it.reliability.PortalServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the clustered server (profile {@code cluster}) on port offsets 1000 and 1100, one
 * PostgreSQL, no load balancer: a test sends the session cookie to the node it chooses, as a
 * balancer would after a node died. The node-killing test runs last because nothing can follow it
 * on two nodes; the others do not depend on each other's order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private static final String PASSWORD = Portal.demoPassword();
    private static final Path WORK = Path.of("target", "cluster");
    private static final int PROBE_SECONDS = 5;
    private static final Pattern LESSON_LINK = Pattern.compile("lesson\\.xhtml\\?id=([a-z0-9-]+)");
    private static PortalPostgres postgres;
    private static PortalServer nodeA;
    private static PortalServer nodeB;

    @BeforeAll
    static void startCluster() throws InterruptedException {
        String home = System.getProperty("portal.cluster.server.dir");
        assumeTrue(home != null, "the cluster tests run with the Maven profile 'cluster' (mvn verify -Pcluster)");
        postgres = PortalPostgres.create(WORK);
        Map<String, String> env = new HashMap<>(postgres.portalEnvironment());
        env.put("PORTAL_DEMO_ACCOUNTS", "true");
        env.put("PORTAL_DEMO_PASSWORD", PASSWORD);
        env.put("PORTAL_ADMIN_PASSWORD", PASSWORD);
        env.put("PORTAL_LAB_PROBE_INTERVAL_SECONDS", String.valueOf(PROBE_SECONDS));
        String[] members = {"-Dportal.cluster.member1.port=" + (7600 + 1000), "-Dportal.cluster.member2.port=" + (7600 + 1100)};
        nodeA = PortalServer.prepare("node-a", Path.of(home), WORK, PortalServer.builtEar(), 1000, env, members);
        nodeB = PortalServer.prepare("node-b", Path.of(home), WORK, PortalServer.builtEar(), 1100, env, members);
        // The first node alone creates the schema and the first accounts of the empty database.
        nodeA.start();
        Duration a = nodeA.awaitReady(Duration.ofMinutes(5));
        nodeB.start();
        Duration b = nodeB.awaitReady(Duration.ofMinutes(5));
        System.out.printf("[cluster] node-a ready in %.1f s, then node-b in %.1f s%n", a.toMillis() / 1000.0,
                b.toMillis() / 1000.0);
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        for (PortalServer node : new PortalServer[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void progressWrittenOnOneNodeIsReadOnTheOther() {
        PortalClient learner = new PortalClient(nodeA.http());
        String lesson = firstLesson(learner.signIn("learner", PASSWORD));
        learner.switchTo(nodeB.http());
        assertFalse(exported(learner).contains("\"" + lesson + "\""), "nothing recorded for the lesson yet");

        learner.switchTo(nodeA.http());
        Page tab = learner.get("lesson.xhtml?id=" + lesson);
        Page click = learner.ajaxClick(tab, "done-form", "toggle-done", "done-form", Map.of());
        assertTrue(click.body().contains("<partial-response") && !click.body().contains("<error"), click.body());

        learner.switchTo(nodeB.http());
        String onB = exported(learner);
        assertTrue(onB.contains("\"lessonId\":\"" + lesson + "\",\"state\":\"DONE\""),
                () -> "node-b reads what node-a wrote: " + onB);
    }

    @Test
    @Order(2)
    void eachProbeRunHappensOnceAcrossBothNodes() throws InterruptedException {
        assertTrue(nodeA.ready() && nodeB.ready(), "both nodes are up");
        Instant from = Instant.now();
        int periods = 8;
        Thread.sleep(Duration.ofSeconds((long) PROBE_SECONDS * periods).toMillis());
        Instant to = Instant.now();

        List<ProbeRuns.Run> runs = ProbeRuns.between(postgres, from, to);
        System.out.printf("[cluster] %d probe runs in %d periods of %d s: %s%n", runs.size(), periods, PROBE_SECONDS,
                ProbeRuns.nodes(runs));
        assertTrue(runs.size() >= periods - 1 && runs.size() <= periods + 1,
                () -> "one run a period, not one a node: " + runs);
        for (int i = 1; i < runs.size(); i++) {
            long apart = Duration.between(runs.get(i - 1).startedAt(), runs.get(i).startedAt()).toMillis();
            int index = i;
            assertTrue(apart >= PROBE_SECONDS * 500L, () -> "two runs in one period: " + runs.get(index - 1)
                    + " and " + runs.get(index));
            assertTrue(apart <= PROBE_SECONDS * 1500L + 4000, () -> "a period without a run before " + runs.get(index));
        }
    }

    @Test
    @Order(3)
    void aLearnerStaysSignedInWhenTheirNodeDies() throws InterruptedException {
        PortalClient learner = new PortalClient(nodeA.http());
        Page start = learner.signIn("learner", PASSWORD);
        String lesson = firstLesson(start);
        Page tab = learner.get("lesson.xhtml?id=" + lesson);
        assertEquals(200, tab.status());
        String sessionOnA = learner.sessionId();
        // WildFly hands a session's changes to the other node when the request completes, just after
        // the answer went out; a node does not die within the same millisecond as its last answer.
        Thread.sleep(2000);

        nodeA.kill();
        learner.switchTo(nodeB.http());
        Page page = learner.get("/");

        assertEquals(200, page.status());
        assertFalse(page.signInForm(), () -> "still signed in on node-b, no sign-in form: " + page.uri());
        assertTrue(page.body().contains("Демо Слушатель"), "the same learner");
        Page click = learner.ajaxClick(tab, "done-form", "toggle-done", "done-form", Map.of());
        assertTrue(click.body().contains("<partial-response") && !click.body().contains("<error"),
                () -> "the lesson page opened on node-a still works on node-b: " + click.body());
        System.out.printf("[cluster] session %s from node-a continued on node-b as %s%n", sessionOnA, learner.sessionId());
    }

    private static String firstLesson(Page start) {
        Matcher link = LESSON_LINK.matcher(start.body());
        assertTrue(link.find(), "the start page links lessons");
        return link.group(1);
    }

    private static String exported(PortalClient learner) {
        Page export = learner.get("progress/export");
        assertEquals(200, export.status(), export.body());
        return export.body().replace(" ", "");
    }
}
