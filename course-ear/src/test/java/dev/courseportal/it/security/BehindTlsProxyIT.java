package dev.courseportal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.it.Portal;
import dev.courseportal.it.reliability.PortalServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTPS the way production runs it: TLS ends at the load balancer or Ingress, which sends plain
 * HTTP with {@code X-Forwarded-Proto: https}, and the portal trusts that header because it runs with
 * {@code PORTAL_PROXY_ADDRESS_FORWARDING=true} (deploy/kubernetes/deployment.yaml, README). The
 * provisioned server has no HTTPS listener of its own (the web-server layer brings none; the
 * Elytron {@code applicationSSC} context is there but unused), so this is the one secure path the
 * configuration supports. A server of the test's own, started with that setting (the Arquillian
 * server runs without it, and {@code SecurityHeadersIT} asserts that it then ignores the header):
 * over "HTTPS" every answer carries HSTS and the session cookie is {@code Secure}, {@code HttpOnly}
 * and {@code SameSite=Lax}, before and after sign-in; over plain HTTP there is neither HSTS nor
 * {@code Secure}.
 */
class BehindTlsProxyIT {

    private static final Path WORK = Path.of("target", "security", "tls-proxy").toAbsolutePath();
    private static final String HSTS = "max-age=31536000";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static PortalServer portal;

    @BeforeAll
    static void start() throws InterruptedException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORTAL_PROXY_ADDRESS_FORWARDING", "true");
        env.put("PORTAL_ADMIN_PASSWORD", Portal.demoPassword());
        env.put("PORTAL_DEMO_ACCOUNTS", "false");
        int offset = Integer.getInteger("portal.tls-proxy.offset", Integer.getInteger("portal.it.port.offset", 100) + 1250);
        portal = PortalServer.prepare("tls-proxy", PortalServer.provisionedServer(), WORK, PortalServer.builtEar(), offset, env);
        portal.start();
        Duration started = portal.awaitReady(Duration.ofMinutes(5));
        System.out.printf("[security] portal behind a TLS proxy ready in %.1f s on %s%n", started.toMillis() / 1000.0, portal.http());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (portal != null) {
            portal.close();
        }
    }

    private static HttpResponse<String> send(String method, String path, String proto, String cookie, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.http().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/json");
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElse(null);
    }

    private static List<String> attributes(String setCookie) {
        return List.of(setCookie.split(";")).stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static void secureCookie(String what, String setCookie) {
        assertNotNull(setCookie, what + " sets the session cookie");
        List<String> attributes = attributes(setCookie);
        assertTrue(attributes.contains("secure"), () -> what + ": Secure missing in " + setCookie);
        assertTrue(attributes.contains("httponly"), () -> what + ": HttpOnly missing in " + setCookie);
        assertTrue(attributes.contains("samesite=lax"), () -> what + ": SameSite=Lax missing in " + setCookie);
    }

    private static void hsts(String what, HttpResponse<String> response) {
        assertEquals(List.of(HSTS), response.headers().allValues("Strict-Transport-Security"),
                () -> what + " (" + response.statusCode() + ") carries HSTS");
    }

    @Test
    void overHttpsEveryAnswerCarriesHstsAndTheSessionCookieIsSecure() {
        HttpResponse<String> login = send("GET", "login.xhtml", "https", null, null);
        assertEquals(200, login.statusCode());
        hsts("the sign-in page", login);
        String anonymousCookie = sessionCookie(login);
        secureCookie("the sign-in page", anonymousCookie);

        Matcher viewState = VIEW_STATE.matcher(login.body());
        Matcher nonce = NONCE.matcher(login.body());
        assertTrue(viewState.find() && nonce.find(), "the sign-in form has its view state and nonce");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("username", "admin");
        fields.put("password", Portal.demoPassword());
        fields.put("signIn", "signIn");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        fields.put("primefaces.nonce", nonce.group(1));
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> signIn = send("POST", "login.xhtml", "https", anonymousCookie.split(";")[0], form);
        assertTrue(signIn.statusCode() == 302 || signIn.statusCode() == 303, () -> "signed in: " + signIn.statusCode()
                + " " + signIn.body());
        hsts("the sign-in", signIn);
        // The session id changes at sign-in: the new cookie is the one that carries the identity.
        String signedInCookie = sessionCookie(signIn);
        secureCookie("the signed-in session", signedInCookie);
        URI next = URI.create(signIn.headers().firstValue("Location").orElseThrow());
        assertEquals("https", next.getScheme(), () -> "redirects keep the public scheme: " + next);

        String cookie = signedInCookie.split(";")[0];
        for (String path : List.of("index.xhtml", "progress.xhtml", "api/learners/me/progress", "progress/export?format=csv",
                "no-such-page.xhtml")) {
            HttpResponse<String> answer = send("GET", path, "https", cookie, null);
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 404, () -> path + ": " + answer.statusCode());
            assertFalse(answer.body().contains("name=\"password\""), () -> path + " is served signed in");
            hsts(path, answer);
        }
    }

    @Test
    void overPlainHttpThereIsNeitherHstsNorSecure() {
        for (String proto : new String[] {null, "http"}) {
            HttpResponse<String> login = send("GET", "login.xhtml", proto, null, null);
            assertEquals(200, login.statusCode());
            assertTrue(login.headers().allValues("Strict-Transport-Security").isEmpty(),
                    () -> "no HSTS over plain HTTP (X-Forwarded-Proto " + proto + ")");
            String cookie = sessionCookie(login);
            assertNotNull(cookie);
            List<String> attributes = attributes(cookie);
            assertFalse(attributes.contains("secure"), () -> "no Secure over plain HTTP: " + cookie);
            assertTrue(attributes.contains("httponly") && attributes.contains("samesite=lax"), cookie);
        }
    }
}
