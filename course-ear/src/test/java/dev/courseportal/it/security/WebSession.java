package dev.courseportal.it.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's HTTP conversation with a portal, without a browser: a cookie jar (one session, or
 * none for HTTP Basic calls), redirects never followed (a refusal by redirect to the sign-in page
 * must stay visible), and the sign-in form posted with its view state and PrimeFaces' nonce.
 */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private WebSession(URI base, boolean cookies) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (cookies) {
            builder.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
        }
        this.http = builder.build();
    }

    /** A browser-like conversation: cookies kept, nobody signed in yet. */
    static WebSession anonymous(URI base) {
        return new WebSession(base, true);
    }

    /** A program's conversation: no cookies, every call carries HTTP Basic credentials (none if username is null). */
    static WebSession basic(URI base, String username, String password) {
        WebSession session = new WebSession(base, false);
        if (username != null) {
            session.headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return session;
    }

    /** Signs in through the sign-in form; throws when the portal did not take the credentials. */
    static WebSession signedIn(URI base, String username, String password) {
        WebSession session = anonymous(base);
        session.signIn(username, password);
        return session;
    }

    /** An answer: status, headers, body (decoded as UTF-8, whatever its type). */
    record Answer(int status, HttpResponse<byte[]> raw, String body) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        java.util.List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no Faces view state in " + raw.uri() + " (" + status + ")");
            }
            return m.group(1).replace("&amp;", "&");
        }

        String nonce() {
            Matcher m = NONCE.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        /** A redirect to the sign-in page, or the sign-in form itself. */
        boolean toSignIn() {
            return (status / 100 == 3 && header("Location").contains("login.xhtml"))
                    || (status == 200 && body.contains("name=\"password\""));
        }
    }

    WebSession with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    void signIn(String username, String password) {
        Answer form = get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("signIn", "signIn");
        fields.put("jakarta.faces.ViewState", form.viewState());
        if (form.nonce() != null) {
            fields.put("primefaces.nonce", form.nonce());
        }
        Answer after = post("login.xhtml", fields, Map.of());
        Answer home = get("index.xhtml");
        if (after.status() >= 400 || home.status() != 200 || home.toSignIn()) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + after.status() + ", then "
                    + home.status());
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Accept", "text/html,application/json,*/*").GET());
    }

    Answer post(String path, Map<String, String> fields, Map<String, String> extraHeaders) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        extraHeaders.forEach(request::header);
        return send(request);
    }

    Answer postBody(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        HttpRequest built = request.timeout(Duration.ofSeconds(120)).build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response, new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
