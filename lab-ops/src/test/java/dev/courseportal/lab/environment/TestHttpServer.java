package dev.courseportal.lab.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/** A local HTTP server answering fixed responses by path, for unit tests of probes and checks. */
public final class TestHttpServer implements AutoCloseable {

    /** A canned answer; {@code location} adds a Location header (for redirects). */
    public record Answer(int status, String body, String location) {
        public static Answer json(int status, String body) {
            return new Answer(status, body, null);
        }
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private TestHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                Answer answer = answers.getOrDefault(exchange.getRequestURI().getPath(), Answer.json(404, "{}"));
                if (answer.location() != null) {
                    exchange.getResponseHeaders().set("Location", answer.location());
                }
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
            }
        });
        server.start();
    }

    public static TestHttpServer start() {
        return new TestHttpServer();
    }

    public TestHttpServer answer(String path, int status, String body) {
        answers.put(path, Answer.json(status, body));
        return this;
    }

    public TestHttpServer redirect(String path, String location) {
        answers.put(path, new Answer(302, "", location));
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An environment whose HTTP services are all this server, and whose PostgreSQL and Kafka are nowhere. */
    public LabEndpoints endpoints() {
        return LabEndpoints.builder().name("test")
                .postgres("jdbc:postgresql://127.0.0.1:1/inventory", "postgres", "postgres")
                .kafkaBootstrapServers("127.0.0.1:1")
                .connectUrl(url()).schemaRegistryUrl(url()).prometheusUrl(url()).grafanaUrl(url())
                .jupyter(url(), "debezium")
                .build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
