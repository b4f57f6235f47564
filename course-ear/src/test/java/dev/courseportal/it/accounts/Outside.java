package dev.courseportal.it.accounts;

import dev.courseportal.it.Portal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The portal as programs outside it see it: the test module's fixtures, and the REST API with HTTP
 * Basic. Plain java.net.http, no cookies kept, so every call stands on its own credentials.
 */
final class Outside {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Outside() {
    }

    /** Calls a fixture operation, e.g. {@code fixture("account", "username", "x", "roles", "LEARNER")}. */
    static String fixture(String op, String... params) {
        StringBuilder query = new StringBuilder("portal-fixtures/fixtures?op=").append(op);
        for (int i = 0; i + 1 < params.length; i += 2) {
            query.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(Portal.resolve(query.toString()))
                .timeout(Duration.ofMinutes(5)).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("fixture " + op + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().strip();
    }

    static long account(String username, String roles) {
        return Long.parseLong(fixture("account", "username", username, "roles", roles, "name", "Person " + username));
    }

    static List<String> lessons() {
        return List.of(fixture("lessons").split("\n"));
    }

    /** GET an API path as {@code username} (null: no credentials). */
    static HttpResponse<String> api(String path, String username, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Portal.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").GET();
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request.build());
    }

    static HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
