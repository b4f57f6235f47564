package dev.courseportal.lab.stack;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.courseportal.lab.environment.LabEndpoints;

/**
 * The whole lab of the integration tests, started once per test run (see
 * {@link LabStackExtension}) and closed at its end, also when a test fails; a JVM shutdown
 * hook kills what is left if the run itself is killed.
 */
public final class LabStack implements AutoCloseable {

    /** The reference connector of {@code compose/README.md}, pointed at the test's PostgreSQL. */
    public static final String CONNECTOR = "inventory-connector";
    public static final String SLOT = "inventory_slot";
    public static final String PUBLICATION = "inventory_pub";
    public static final String CUSTOMERS_TOPIC = "lab.inventory.customers";

    private final List<AutoCloseable> started = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::kill, "lab-stack-shutdown");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private LabPostgres postgres;
    private KafkaNode kafka;
    private ConnectWorker connect;
    private StandIns standIns;
    private long startNanos;
    private long startMillis;
    private String startReport;
    private boolean closed;

    private LabStack() {
    }

    /** Starts PostgreSQL, Kafka, Connect and the stand-ins, and reports how long each took. */
    public static LabStack start() {
        LabStack stack = new LabStack();
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        Path work = LabFiles.workDir();
        deleteRecursively(work);
        long t0 = System.nanoTime();
        startNanos = t0;
        postgres = remember(LabPostgres.start(work.resolve("postgres")));
        long t1 = System.nanoTime();
        kafka = remember(KafkaNode.start(work.resolve("kafka")));
        long t2 = System.nanoTime();
        connect = remember(ConnectWorker.start(work.resolve("connect"), kafka.bootstrapServers()));
        long t3 = System.nanoTime();
        standIns = remember(StandIns.start());
        startMillis = (System.nanoTime() - t0) / 1_000_000;
        startReport = String.format("lab stack started in %d ms (PostgreSQL %d ms, Kafka broker %d ms, Connect worker %d ms)",
                startMillis, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        System.out.println("[lab-it] " + startReport);
    }

    private <T extends AutoCloseable> T remember(T service) {
        started.add(0, service); // closed in reverse order: Connect before Kafka before PostgreSQL
        return service;
    }

    public long startMillis() {
        return startMillis;
    }

    public String startReport() {
        return startReport;
    }

    /** The lab as a portal environment: real PostgreSQL, Kafka and Connect; stand-ins for the rest. */
    public LabEndpoints endpoints() {
        return LabEndpoints.builder()
                .name("it-stack")
                .postgres(postgres.jdbcUrl(), "postgres", "postgres")
                .kafkaBootstrapServers(kafka.bootstrapServers())
                .connectUrl(connect.url().toString())
                .schemaRegistryUrl(standIns.registryUrl().toString())
                .prometheusUrl(standIns.prometheusUrl().toString())
                .grafanaUrl(standIns.grafanaUrl().toString())
                .jupyter(standIns.jupyterUrl().toString(), StandIns.JUPYTER_TOKEN)
                .build();
    }

    /** Connect's metrics as Prometheus scrapes them in the Compose stack (same agent, same rules). */
    public URI connectMetricsUrl() {
        return connect.metricsUrl();
    }

    public static String standInSubject() {
        return StandIns.SUBJECT;
    }

    /** Runs SQL as the superuser in the inventory database. */
    public void sql(String sql) {
        postgres.execute(sql);
    }

    /**
     * The reference connector registered and streaming, as the first lab leaves it; a no-op
     * when it already is. The publication is created first, as {@code postgres}: the
     * connector's role {@code debezium} may replicate but may not create objects in the
     * database, so Debezium's own attempt fails ("permission denied for database inventory").
     */
    public synchronized void ensureReferenceConnector() {
        if (connectorRunning() && slotActive()) {
            return;
        }
        sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = '" + PUBLICATION + "') THEN "
                + "CREATE PUBLICATION " + PUBLICATION + " FOR ALL TABLES; END IF; END $$");
        String config = """
                {"connector.class": "%s", "tasks.max": "1",
                 "topic.prefix": "lab", "plugin.name": "pgoutput",
                 "slot.name": "%s", "publication.name": "%s",
                 "database.hostname": "localhost", "database.port": "%d", "database.dbname": "inventory",
                 "database.user": "debezium", "database.password": "dbz",
                 "signal.data.collection": "inventory.debezium_signal"}"""
                .formatted(ConnectWorker.POSTGRES_CONNECTOR, SLOT, PUBLICATION, postgres.port());
        long putAt = System.nanoTime();
        int registered = request("PUT", "/connectors/" + CONNECTOR + "/config", config).statusCode();
        if (registered != 200 && registered != 201) {
            throw new IllegalStateException("registering the connector answered HTTP " + registered);
        }
        Await.until("connector " + CONNECTOR + " and its task RUNNING", Duration.ofSeconds(60),
                () -> connectorRunning() ? Boolean.TRUE : null);
        // The task reports RUNNING a moment before its replication connection holds the slot.
        Await.until("slot " + SLOT + " active", Duration.ofSeconds(30), () -> slotActive() ? Boolean.TRUE : null);
        if (registered == 201) {
            long now = System.nanoTime();
            System.out.printf("[lab-it] reference connector registered and streaming %d ms after its PUT; "
                    + "%d ms after the stack began to start%n", (now - putAt) / 1_000_000, (now - startNanos) / 1_000_000);
        }
    }

    private boolean connectorRunning() {
        HttpResponse<String> response = request("GET", "/connectors/" + CONNECTOR + "/status", null);
        if (response.statusCode() != 200) {
            return false;
        }
        JsonObject status = Json.createReader(new StringReader(response.body())).readObject();
        return "RUNNING".equals(status.getJsonObject("connector").getString("state"))
                && !status.getJsonArray("tasks").isEmpty()
                && "RUNNING".equals(status.getJsonArray("tasks").getJsonObject(0).getString("state"));
    }

    private boolean slotActive() {
        try (Connection connection = postgres.admin();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT active FROM pg_replication_slots WHERE slot_name = '" + SLOT + "'")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the Connect worker JVM (its REST port stops answering). */
    public void stopConnect() {
        connect.stopJvm();
    }

    /** Starts the Connect worker again and waits until it answers. */
    public void startConnect() {
        connect.startJvm();
    }

    private HttpResponse<String> request(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(connect.url() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (AutoCloseable service : started) {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("[lab-it] closing " + service.getClass().getSimpleName() + " failed: " + e);
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    /** Backstop when the test JVM is stopped without closing the stack: no child process outlives it. */
    private void kill() {
        if (connect != null && connect.jvm() != null) {
            connect.jvm().kill();
        }
        if (kafka != null) {
            kafka.jvm().kill();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
