package dev.courseportal.it.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
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
 * A visitor without a browser: java.net.http with a cookie jar, following redirects, submitting the
 * sign-in page's Faces form as a browser would (its hidden fields, the view state among them).
 */
final class HttpVisitor {

    private static final Pattern FORM = Pattern.compile("<form[^>]*\\sid=\"login\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z]+)=\"([^\"]*)\"");
    /** The page's Content-Security-Policy nonce, as PrimeFaces' scripts carry it. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    HttpVisitor(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Opens a protected page, is sent to the sign-in form, submits it; returns the page that follows. */
    HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> loginPage = get("/");
        Matcher form = FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new AssertionError("an anonymous visitor of / should get the sign-in form, got "
                    + loginPage.statusCode() + " " + loginPage.uri() + ":\n" + loginPage.body());
        }
        Map<String, String> fields = hiddenFields(form.group(1));
        fields.put("username", username);
        fields.put("password", password);
        fields.put("signIn", "signIn");
        // PrimeFaces' script adds the page's CSP nonce to every form it submits, and PrimeFaces
        // refuses a postback without it ("CSP nonce mismatch"): send it as a browser would.
        Matcher nonce = NONCE.matcher(loginPage.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        Matcher action = ACTION.matcher(form.group());
        URI target = action.find() ? loginPage.uri().resolve(action.group(1).replace("&amp;", "&")) : loginPage.uri();
        return send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    static boolean isSignInForm(HttpResponse<String> page) {
        return FORM.matcher(page.body()).find();
    }

    private static Map<String, String> hiddenFields(String formBody) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(formBody);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), attributes.getOrDefault("value", "").replace("&amp;", "&"));
            }
        }
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
