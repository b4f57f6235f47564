package dev.courseportal.lab.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class LabHttpTest {

    private final LabTimeouts timeouts = new LabTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(1), 10, 1024);
    private final LabHttp http = new LabHttp(LabHttp.newClient(timeouts, null), timeouts);

    @Test
    void redirectsAreReportedNotFollowed() throws Exception {
        try (TestHttpServer server = TestHttpServer.start()) {
            server.redirect("/", "http://example.com/");
            HttpAnswer answer = http.get(URI.create(server.url()), "/");
            assertEquals(302, answer.status());
        }
    }

    @Test
    void answersLargerThanTheLimitAreRefused() {
        try (TestHttpServer server = TestHttpServer.start()) {
            server.answer("/big", 200, "x".repeat(4096));
            LabUnavailableException e = assertThrows(LabUnavailableException.class,
                    () -> http.get(URI.create(server.url()), "/big"));
            assertEquals("probe.tooLarge", e.labMessage().key());
        }
    }

    @Test
    void aClosedPortIsConnectionRefused() throws Exception {
        int port;
        try (TestHttpServer server = TestHttpServer.start()) {
            port = URI.create(server.url()).getPort();
        }
        LabUnavailableException e = assertThrows(LabUnavailableException.class,
                () -> http.get(URI.create("http://127.0.0.1:" + port), "/"));
        assertEquals("probe.refused", e.labMessage().key());
        assertEquals("127.0.0.1:" + port, e.labMessage().args().get(0));
    }

    @Test
    void resolveKeepsTheBasePath() {
        assertEquals(URI.create("http://proxy/lab/connect/connectors"),
                LabHttp.resolve(URI.create("http://proxy/lab/connect/"), "/connectors"));
        assertEquals(URI.create("http://localhost:8083/"), LabHttp.resolve(URI.create("http://localhost:8083"), "/"));
    }
}
