package dev.courseportal.lab.probe;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;

/** Kafka: the cluster answers a describe-cluster request and has brokers and a controller. */
public final class KafkaProbe extends Probe {

    private final LabConnections connections;

    public KafkaProbe(LabConnections connections, Clock clock) {
        super(LabService.KAFKA, clock);
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    protected Finding examine(LabEndpoints env) throws Exception {
        connections.touchKafka(env);
        long bound = timeoutMillis();
        Admin admin = Admin.create(connections.kafkaAdmin(env));
        try {
            DescribeClusterResult cluster = admin.describeCluster(
                    new DescribeClusterOptions().timeoutMs((int) connections.timeouts().read().toMillis()));
            Collection<Node> brokers = cluster.nodes().get(bound, TimeUnit.MILLISECONDS);
            Node controller = cluster.controller().get(bound, TimeUnit.MILLISECONDS);
            String clusterId = cluster.clusterId().get(bound, TimeUnit.MILLISECONDS);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("clusterId", String.valueOf(clusterId));
            details.put("brokers", Integer.toString(brokers.size()));
            for (Node broker : brokers) {
                details.put("broker." + broker.id(), broker.host() + ":" + broker.port());
            }
            String controllerId = controller == null || controller.isEmpty() ? "none" : Integer.toString(controller.id());
            details.put("controller", controllerId);
            if (brokers.isEmpty()) {
                return Finding.degraded(LabMessage.of("probe.kafka.noBrokers"), details);
            }
            return Finding.up(LabMessage.of("probe.kafka.up", brokers.size(), controllerId), details);
        } finally {
            // Bounded: a plain close() waits for pending calls of a broker that never answers.
            admin.close(Duration.ofMillis(connections.timeouts().connect().toMillis()));
        }
    }

    @Override
    protected String target(LabEndpoints env) {
        return env.kafkaBootstrapServers();
    }

    @Override
    protected long timeoutMillis() {
        return connections.timeouts().connect().toMillis() + connections.timeouts().read().toMillis();
    }
}
