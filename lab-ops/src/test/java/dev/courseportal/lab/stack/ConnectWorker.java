package dev.courseportal.lab.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real Kafka Connect distributed worker with the Debezium PostgreSQL connector on its
 * plugin path (Debezium's plugin archive, unpacked by the build), the internal topics named
 * as in the Compose stack. Can be stopped and started again on the same port: the probes'
 * "Connect is down" test does that.
 */
final class ConnectWorker implements AutoCloseable {

    static final String POSTGRES_CONNECTOR = "io.debezium.connector.postgresql.PostgresConnector";

    private final Path workDir;
    private final Path properties;
    private final int port;
    private final int metricsPort;
    private volatile ChildJvm jvm;

    private ConnectWorker(Path workDir, Path properties, int port, int metricsPort) {
        this.workDir = workDir;
        this.properties = properties;
        this.port = port;
        this.metricsPort = metricsPort;
    }

    static ConnectWorker start(Path workDir, String bootstrapServers) {
        int port = FreePorts.next();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("group.id", "lab-connect");
        config.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        config.put("config.storage.topic", "connect-configs");
        config.put("offset.storage.topic", "connect-offsets");
        config.put("status.storage.topic", "connect-status");
        config.put("config.storage.replication.factor", "1");
        config.put("offset.storage.replication.factor", "1");
        config.put("status.storage.replication.factor", "1");
        config.put("offset.storage.partitions", "1");
        config.put("status.storage.partitions", "1");
        config.put("offset.flush.interval.ms", "1000");
        config.put("listeners", "http://127.0.0.1:" + port);
        config.put("rest.advertised.host.name", "127.0.0.1");
        config.put("rest.advertised.port", Integer.toString(port));
        config.put("plugin.path", LabFiles.pluginDir().toString());
        // Plugins declare themselves in META-INF/services: no classpath scan, a start in seconds.
        config.put("plugin.discovery", "service_load");
        // After a restart, hand the tasks back at once instead of waiting for the lost worker.
        config.put("scheduled.rebalance.max.delay.ms", "0");
        config.put("task.shutdown.graceful.timeout.ms", "3000");
        Path properties = LabFiles.writeProperties(workDir.resolve("connect-distributed.properties"), config);
        ConnectWorker worker = new ConnectWorker(workDir, properties, port, FreePorts.next());
        worker.startJvm();
        return worker;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The JMX exporter agent's endpoint, with the Compose stack's rules (compose/connect/jmx-exporter.yml). */
    URI metricsUrl() {
        return URI.create("http://127.0.0.1:" + metricsPort + "/metrics");
    }

    /** Starts (again) and waits until the REST API lists the PostgreSQL connector plugin. */
    synchronized void startJvm() {
        if (jvm != null && jvm.isAlive()) {
            return;
        }
        String agent = "-javaagent:" + LabFiles.jmxAgent() + "=127.0.0.1:" + metricsPort + ":"
                + LabFiles.composeDir().resolve("connect/jmx-exporter.yml");
        jvm = ChildJvm.start("connect", "org.apache.kafka.connect.cli.ConnectDistributed",
                List.of(properties.toString()), "512m", List.of(agent), workDir);
        try {
            awaitReady(Duration.ofSeconds(90));
        } catch (RuntimeException | AssertionError e) {
            jvm.close();
            throw e;
        }
    }

    /** Stops the worker JVM; its port stops answering. */
    synchronized void stopJvm() {
        if (jvm != null) {
            jvm.close();
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest plugins = HttpRequest.newBuilder(url().resolve("/connector-plugins"))
                .timeout(Duration.ofSeconds(3)).build();
        Await.until("Kafka Connect at " + url(), timeout, () -> {
            jvm.requireAlive();
            try {
                HttpResponse<String> response = client.send(plugins, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains(POSTGRES_CONNECTOR) ? Boolean.TRUE : null;
            } catch (java.io.IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    ChildJvm jvm() {
        return jvm;
    }

    @Override
    public void close() {
        stopJvm();
    }
}
