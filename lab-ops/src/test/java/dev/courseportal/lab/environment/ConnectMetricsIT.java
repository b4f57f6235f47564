package dev.courseportal.lab.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.courseportal.lab.stack.Await;
import dev.courseportal.lab.stack.LabStack;
import dev.courseportal.lab.stack.LabStackExtension;

/**
 * The Compose stack's JMX exporter rules ({@code compose/connect/jmx-exporter.yml}) on a real
 * Connect worker running the Debezium connector, with the same agent version as the Connect
 * image: every Debezium, Connect and JVM metric that the alert rules and the Grafana dashboard
 * query must exist. (PostgreSQL exporter metrics are not checked: that exporter is not
 * obtainable here.)
 */
@ExtendWith(LabStackExtension.class)
class ConnectMetricsIT {

    private static final Pattern USED_METRIC = Pattern.compile("\\b((?:debezium_metrics|kafka_connect|jvm)_[A-Za-z0-9_]+)");

    @Test
    void theMetricsAlertsAndDashboardUseAreExportedByARealWorker(LabStack stack) throws IOException {
        stack.ensureReferenceConnector();
        Set<String> used = new TreeSet<>();
        for (String file : List.of("prometheus/alerts.yml", "grafana/dashboards/debezium.json")) {
            Matcher m = USED_METRIC.matcher(Files.readString(Path.of("compose").resolve(file)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertFalse(used.isEmpty());

        // Some metrics appear only after the first events and offset commits: scrape until all are there.
        String metrics = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<String> missing = used;
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            metrics = Await.until("Connect's metrics endpoint", Duration.ofSeconds(10), () -> scrape(stack));
            String scraped = metrics;
            missing = used.stream().filter(name -> !scraped.contains("\n" + name + "{") && !scraped.contains("\n" + name + " "))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!missing.isEmpty()) {
                stack.sql("UPDATE inventory.heartbeat SET ts = now() WHERE id = 1");
                sleep();
            }
        }
        assertTrue(missing.isEmpty(), "metrics used by alerts.yml or debezium.json but not exported: " + missing);

        assertTrue(line(metrics, "debezium_metrics_MilliSecondsBehindSource").contains("context=\"streaming\""));
        String connected = line(metrics, "debezium_metrics_Connected");
        assertTrue(connected.contains("name=\"lab\"") && connected.contains("plugin=\"postgres\""), connected);
        assertTrue(connected.endsWith(" 1.0"), connected);
        String status = line(metrics, "kafka_connect_connector_status");
        assertTrue(status.contains("connector=\"inventory-connector\"") && status.contains("status=\"running\""), status);
        assertEquals("kafka_connect_worker_connector_failed_task_count{connector=\"inventory-connector\"} 0.0",
                line(metrics, "kafka_connect_worker_connector_failed_task_count"));
    }

    private static String scrape(LabStack stack) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(stack.connectMetricsUrl()).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? "\n" + response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first sample line of that metric. */
    private static String line(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name));
    }
}
