package dev.courseportal.lab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * STAND-INS, not the real services: the schema registry, Prometheus, Grafana and JupyterLab
 * cannot be started from Maven Central artifacts, so these tiny HTTP servers answer the
 * endpoints the probes and checks call, in the services' documented formats. Every test
 * that relies on one says so in its name.
 */
final class StandIns implements AutoCloseable {

    static final String SUBJECT = "lab.inventory.customers-value";
    static final String JUPYTER_TOKEN = "debezium";

    private final HttpServer registry;
    private final HttpServer prometheus;
    private final HttpServer grafana;
    private final HttpServer jupyter;
    /** Several threads: the benchmark asks twenty environments' stand-ins at once. */
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "stand-in-http");
        thread.setDaemon(true);
        return thread;
    });

    private StandIns() {
        registry = server(Map.of(
                "/subjects", exchange -> reply(exchange, 200, "[\"" + SUBJECT + "\"]"),
                "/subjects/" + SUBJECT + "/versions", exchange -> reply(exchange, 200, "[1,2]")));
        prometheus = server(Map.of(
                "/-/ready", exchange -> reply(exchange, 200, "Prometheus Server is Ready."),
                "/api/v1/targets", exchange -> reply(exchange, 200, """
                        {"status":"success","data":{"activeTargets":[
                          {"labels":{"job":"connect","instance":"connect:9404"},"health":"up","lastError":""},
                          {"labels":{"job":"postgres","instance":"postgres-exporter:9187"},"health":"up","lastError":""}
                        ],"droppedTargets":[]}}""")));
        grafana = server(Map.of(
                "/api/health", exchange -> reply(exchange, 200,
                        "{\"commit\":\"stand-in\",\"database\":\"ok\",\"version\":\"12.0.0\"}")));
        jupyter = server(Map.of(
                "/api", exchange -> reply(exchange, 200, "{\"version\":\"2.15.0\"}"),
                "/api/status", exchange -> {
                    boolean tokenOk = ("token " + JUPYTER_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
                    reply(exchange, tokenOk ? 200 : 403, tokenOk
                            ? "{\"started\":\"2026-01-01T00:00:00Z\",\"last_activity\":\"2026-01-01T00:00:00Z\",\"connections\":0,\"kernels\":1}"
                            : "{\"message\":\"Forbidden\",\"reason\":null}");
                }));
    }

    static StandIns start() {
        return new StandIns();
    }

    URI registryUrl() { return url(registry); }
    URI prometheusUrl() { return url(prometheus); }
    URI grafanaUrl() { return url(grafana); }
    URI jupyterUrl() { return url(jupyter); }

    private static URI url(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Exact paths only (query ignored); anything else is a 404 as the real services answer. */
    private HttpServer server(Map<String, Handler> routes) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/", exchange -> {
                try (exchange) {
                    Handler handler = routes.get(exchange.getRequestURI().getPath());
                    if (handler == null) {
                        reply(exchange, 404, "{\"error_code\":40401,\"message\":\"not found\"}");
                    } else {
                        handler.handle(exchange);
                    }
                }
            });
            server.setExecutor(threads);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        for (HttpServer server : new HttpServer[] {registry, prometheus, grafana, jupyter}) {
            server.stop(0);
        }
        threads.shutdownNow();
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
