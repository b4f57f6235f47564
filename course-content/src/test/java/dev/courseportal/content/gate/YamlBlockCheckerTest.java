package dev.courseportal.content.gate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.courseportal.content.gate.GateTestSupport.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** YAML parsed; Compose files and Prometheus rule files checked for their rules. */
class YamlBlockCheckerTest {
    private final YamlBlockChecker checker = new YamlBlockChecker();

    private List<String> messages(String yaml) {
        return checker.check(block("yaml", yaml)).issues().stream().map(i -> i.line() + ": " + i.message()).toList();
    }

    @Test
    void aPinnedComposeFileWithHealthchecksPasses() {
        assertEquals(List.of(), messages("""
                services:
                  postgres:
                    image: postgres:16.10
                    healthcheck:
                      test: ["CMD", "pg_isready", "-U", "postgres"]
                  connect:
                    build: ./connect
                    healthcheck:
                      test: ["CMD", "curl", "-f", "http://localhost:8083/"]
                  exporter:
                    image: quay.io/prometheuscommunity/postgres-exporter:${EXPORTER_VERSION:-v0.17.1}
                    healthcheck:
                      test: ["CMD", "wget", "-q", "-O-", "http://localhost:9187/"]
                """));
    }

    @Test
    void aServiceOnLatestOrWithoutATagOrHealthcheckFails() {
        assertEquals(List.of(
                "13: Compose service 'kafka': image 'apache/kafka:latest' uses 'latest': pin a version",
                "17: Compose service 'grafana': image 'grafana/grafana' has no tag: pin a version (grafana:<version>)",
                "16: Compose service 'grafana' has no healthcheck (add healthcheck.test; the lab waits for healthy "
                        + "services)"),
                messages("""
                        services:
                          kafka:
                            image: apache/kafka:latest
                            healthcheck:
                              test: ["CMD", "true"]
                          grafana:
                            image: grafana/grafana
                        """));
    }

    @Test
    void imageReferencesArePinnedByTagOrDigest() {
        assertNull(ComposeRules.unpinned("quay.io/debezium/connect:3.6.1.Final"));
        assertNull(ComposeRules.unpinned("localhost:5000/connect:1.0"));
        assertNull(ComposeRules.unpinned("postgres@sha256:0123abcd"));
        assertEquals("image 'localhost:5000/connect' has no tag: pin a version (connect:<version>)",
                ComposeRules.unpinned("localhost:5000/connect"));
        assertEquals("image 'postgres:${PG}' takes its version from ${PG} without a default (write the version, or "
                + "${PG:-<version>})", ComposeRules.unpinned("postgres:${PG}"));
    }

    @Test
    void prometheusRulesNeedExprForAndLabels() {
        assertEquals(List.of(), messages("""
                groups:
                  - name: debezium
                    rules:
                      - record: debezium:lag_seconds:max
                        expr: max(debezium_metrics_millisecondsbehindsource) / 1000
                      - alert: DebeziumLagHigh
                        expr: debezium:lag_seconds:max > 60
                        for: 5m
                        labels:
                          severity: warning
                        annotations:
                          summary: lag
                """));
        assertEquals(List.of(
                "14: alert 'NoFor' has no 'for' (how long the condition must hold)",
                "14: alert 'NoFor' has no labels (e.g. severity)",
                "16: alert 'BadFor' has no expr",
                "17: alert 'BadFor': 'for' is not a Prometheus duration: five minutes",
                "19: alert 'Typo': unknown field 'label' (did you mean 'labels'?)",
                "19: alert 'Typo' has no labels (e.g. severity)"),
                messages("""
                        groups:
                          - name: debezium
                            rules:
                              - alert: NoFor
                                expr: up == 0
                              - alert: BadFor
                                for: five minutes
                                labels: {severity: critical}
                              - alert: Typo
                                expr: up == 0
                                for: 1m
                                label: {severity: critical}
                        """));
    }

    @Test
    void invalidYamlPointsAtItsLine() {
        List<String> messages = messages("services:\n  kafka:\n    image: apache/kafka:4.3.0\n   bad: [\n");
        assertEquals(1, messages.size(), messages::toString);
        assertEquals("invalid YAML", messages.get(0).split(": ", 3)[1]);
    }
}
