package dev.courseportal.it.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser reduced to HTTP: one cookie jar (so one session), pages, the sign-in form,
 * Faces ajax clicks and the lesson script's calls. Cookies on localhost do not depend on the port,
 * so the same client talks to every node of a local cluster with the same session cookie, as a
 * load balancer would pass it on.
 */
public final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' content-security-policy nonce of a page, which its ajax requests must send back. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)|nonce=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private URI base;

    public PortalClient(URI base) {
        this.base = base;
    }

    /** The portal of the server this test code runs in (in-container tests). */
    public static PortalClient ofThisServer() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", Integer.getInteger("portal.it.port.offset", 100));
        return new PortalClient(URI.create("http://localhost:" + (8080 + offset) + "/"));
    }

    /** From now on, talks to another node with the same cookies. */
    public PortalClient switchTo(URI otherNode) {
        this.base = otherNode;
        return this;
    }

    /** Sends {@code name: value} with every request from now on (credentials of a script). */
    public PortalClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public URI base() {
        return base;
    }

    /** A page or answer: status, final address and body. */
    public record Page(int status, URI uri, String body) {
        public String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no Faces view state in " + uri + " (status " + status + ")");
            }
            return m.group(1);
        }

        /** The page's script nonce, when PrimeFaces' content security policy is on. */
        public String nonce() {
            Matcher m = NONCE.matcher(body);
            return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
        }

        public boolean signInForm() {
            return body.contains("id=\"login\"") && body.contains("name=\"password\"");
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Accept", "text/html").GET());
    }

    /** Signs in through the sign-in form; the session then carries the identity. */
    public Page signIn(String username, String password) {
        Page form = get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("signIn", "signIn");
        fields.put("jakarta.faces.ViewState", form.viewState());
        if (form.nonce() != null) {
            // PrimeFaces' CSP support refuses any postback without the page's nonce (SECURITY.md).
            fields.put("primefaces.nonce", form.nonce());
        }
        Page after = postForm("login.xhtml", fields, Map.of("Accept", "text/html"));
        if (after.status() != 200 || after.signInForm()) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + after.status() + " " + after.uri());
        }
        return after;
    }

    /** Clicks an ajax command button of a form on {@code page}, as faces.js and PrimeFaces' core.js do. */
    public Page ajaxClick(Page page, String formId, String buttonId, String render, Map<String, String> params) {
        String source = formId + ":" + buttonId;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put("jakarta.faces.ViewState", page.viewState());
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.event", "click");
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", render);
        fields.put("jakarta.faces.behavior.event", "action");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put(source, source);
        if (page.nonce() != null) {
            fields.put("primefaces.nonce", page.nonce());
        }
        fields.putAll(params);
        // To the page's address on the node this client talks to now (after a failover, another one).
        String path = page.uri().getRawPath() + (page.uri().getRawQuery() == null ? "" : "?" + page.uri().getRawQuery());
        return postForm(path, fields, Map.of("Faces-Request", "partial/ajax", "Accept", "application/xml"));
    }

    /** The lesson script's report of the heading read up to. */
    public int position(String lessonId, String anchor) {
        return postForm("progress/position", Map.of("lesson", lessonId, "anchor", anchor),
                Map.of("X-Portal-Request", "1")).status();
    }

    /** The lesson script's "mark as done" ({@code state} done or open); the answer is JSON. */
    public Page mark(String lessonId, String state) {
        return postForm("progress/mark", Map.of("lesson", lessonId, "state", state), Map.of("X-Portal-Request", "1"));
    }

    public Page postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    public Page send(HttpRequest.Builder builder) {
        headers.forEach(builder::header);
        HttpRequest request = builder.timeout(TIMEOUT).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The session cookie's value, to tell sessions apart. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
