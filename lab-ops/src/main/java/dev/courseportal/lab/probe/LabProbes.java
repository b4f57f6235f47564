package dev.courseportal.lab.probe;

import java.time.Clock;
import java.util.List;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabHttp;

/** The probes of a lab, one a service, in the order of the status page. */
public final class LabProbes {

    private LabProbes() {
    }

    /** Every service of the Compose stack: PostgreSQL, Kafka, Connect, schema registry, Prometheus, Grafana, JupyterLab. */
    public static List<Probe> standard(LabHttp http, LabConnections connections, Clock clock) {
        return List.of(
                new PostgresProbe(connections, clock),
                new KafkaProbe(connections, clock),
                new ConnectProbe(http, clock),
                new SchemaRegistryProbe(http, clock),
                new PrometheusProbe(http, clock),
                new GrafanaProbe(http, clock),
                new JupyterProbe(http, clock));
    }
}
