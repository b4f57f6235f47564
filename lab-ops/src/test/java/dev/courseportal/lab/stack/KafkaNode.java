package dev.courseportal.lab.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka 4.3 node in KRaft mode (broker and controller in one JVM), as
 * {@code lab-ops/compose} runs it: storage formatted with a fresh cluster id, then
 * {@code kafka.Kafka}.
 */
final class KafkaNode implements AutoCloseable {

    private final ChildJvm jvm;
    private final String bootstrapServers;

    private KafkaNode(ChildJvm jvm, String bootstrapServers) {
        this.jvm = jvm;
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaNode start(Path workDir) {
        int brokerPort = FreePorts.next();
        int controllerPort = FreePorts.next();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", workDir.resolve("data").toString());
        config.put("num.partitions", "1");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "true");
        Path properties = LabFiles.writeProperties(workDir.resolve("server.properties"), config);

        ChildJvm.runToEnd("kafka-storage-format", "kafka.tools.StorageTool",
                List.of("format", "--cluster-id", Uuid.randomUuid().toString(), "--config", properties.toString()),
                workDir);
        ChildJvm jvm = ChildJvm.start("kafka", "kafka.Kafka", List.of(properties.toString()), "512m", workDir);
        KafkaNode node = new KafkaNode(jvm, "127.0.0.1:" + brokerPort);
        try {
            node.awaitReady(Duration.ofSeconds(90));
        } catch (RuntimeException | AssertionError e) {
            node.close();
            throw e;
        }
        return node;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    private void awaitReady(Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(props)) {
            Await.until("Kafka broker at " + bootstrapServers, timeout, () -> {
                jvm.requireAlive();
                try {
                    return admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty() ? null : Boolean.TRUE;
                } catch (Exception e) {
                    return null;
                }
            });
        }
    }

    ChildJvm jvm() {
        return jvm;
    }

    @Override
    public void close() {
        jvm.close();
    }
}
