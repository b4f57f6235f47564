package dev.courseportal.it.lab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.courseportal.domain.lab.control.LabEnvironmentSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * STAND-INS, not the real services: five tiny HTTP servers answering what the probes and checks
 * ask Kafka Connect (one RUNNING connector {@value #CONNECTOR}), the schema registry, Prometheus,
 * Grafana and JupyterLab (token {@value #JUPYTER_TOKEN}), in the services' documented formats.
 * PostgreSQL and Kafka are not stood in for: environments point them at a closed port.
 */
public final class StandInLab implements AutoCloseable {

    public static final String CONNECTOR = "inventory-connector";
    public static final String SUBJECT = "lab.inventory.customers-value";
    public static final String JUPYTER_TOKEN = "debezium";
    public static final String POSTGRES_PASSWORD = "stand-in-secret-pw";

    private static final String CONNECTOR_STATUS = "{\"name\":\"" + CONNECTOR + "\",\"connector\":{\"state\":\"RUNNING\","
            + "\"worker_id\":\"stand-in:8083\"},\"tasks\":[{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"stand-in:8083\"}],"
            + "\"type\":\"source\"}";

    private final ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
        Thread thread = new Thread(r, "stand-in-lab");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger requests = new AtomicInteger();
    private final int refusedPort;
    private final HttpServer connect;
    private final HttpServer registry;
    private final HttpServer prometheus;
    private final HttpServer grafana;
    private final HttpServer jupyter;

    private StandInLab() {
        refusedPort = closedPort();
        connect = server(Map.of(
                "/", ex -> reply(ex, 200, "{\"version\":\"4.3.0\",\"commit\":\"stand-in\",\"kafka_cluster_id\":\"stand-in\"}"),
                "/connectors", ex -> reply(ex, 200, "{\"" + CONNECTOR + "\":{\"status\":" + CONNECTOR_STATUS + "}}"),
                "/connectors/" + CONNECTOR + "/status", ex -> reply(ex, 200, CONNECTOR_STATUS)));
        registry = server(Map.of(
                "/subjects", ex -> reply(ex, 200, "[\"" + SUBJECT + "\"]"),
                "/subjects/" + SUBJECT + "/versions", ex -> reply(ex, 200, "[1,2]")));
        prometheus = server(Map.of(
                "/-/ready", ex -> reply(ex, 200, "Prometheus Server is Ready."),
                "/api/v1/targets", ex -> reply(ex, 200, "{\"status\":\"success\",\"data\":{\"activeTargets\":["
                        + "{\"labels\":{\"job\":\"connect\",\"instance\":\"connect:9404\"},\"health\":\"up\",\"lastError\":\"\"}"
                        + "],\"droppedTargets\":[]}}")));
        grafana = server(Map.of(
                "/api/health", ex -> reply(ex, 200, "{\"commit\":\"stand-in\",\"database\":\"ok\",\"version\":\"12.0.0\"}")));
        jupyter = server(Map.of(
                "/api", ex -> reply(ex, 200, "{\"version\":\"2.15.0\"}"),
                "/api/status", ex -> {
                    boolean ok = ("token " + JUPYTER_TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"));
                    reply(ex, ok ? 200 : 403, ok ? "{\"connections\":0,\"kernels\":1,\"last_activity\":\"2026-01-01T00:00:00Z\"}"
                            : "{\"message\":\"Forbidden\"}");
                }));
    }

    public static StandInLab start() {
        return new StandInLab();
    }

    public String connectUrl() { return url(connect); }
    public String registryUrl() { return url(registry); }
    public String prometheusUrl() { return url(prometheus); }
    public String grafanaUrl() { return url(grafana); }
    public String jupyterUrl() { return url(jupyter); }

    /** A port where nothing listens: PostgreSQL and Kafka of a stand-in environment. */
    public int refusedPort() {
        return refusedPort;
    }

    /** How many requests the stand-ins answered. */
    public int requests() {
        return requests.get();
    }

    /** An environment of these stand-ins: HTTP services UP, PostgreSQL and Kafka refused. */
    public LabEnvironmentSettings settings(String name) {
        return new LabEnvironmentSettings(name, "stand-ins of " + getClass().getSimpleName(),
                "jdbc:postgresql://127.0.0.1:" + refusedPort + "/inventory", "postgres", POSTGRES_PASSWORD,
                "127.0.0.1:" + refusedPort, connectUrl(), registryUrl(), prometheusUrl(), grafanaUrl(), jupyterUrl(),
                JUPYTER_TOKEN, false);
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Exact paths (query ignored); anything else is 404, as the real services answer. */
    private HttpServer server(Map<String, Handler> routes) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.createContext("/", exchange -> {
                try (exchange) {
                    requests.incrementAndGet();
                    Handler handler = routes.get(exchange.getRequestURI().getPath());
                    if (handler == null) {
                        reply(exchange, 404, "{\"error_code\":404,\"message\":\"not found\"}");
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

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (HttpServer server : List.of(connect, registry, prometheus, grafana, jupyter)) {
            server.stop(0);
        }
        threads.shutdownNow();
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
