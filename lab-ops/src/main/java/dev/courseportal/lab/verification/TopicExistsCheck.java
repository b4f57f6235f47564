package dev.courseportal.lab.verification;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;

/** {@code topic-exists}: the Kafka topic exists. */
final class TopicExistsCheck implements CheckKind {

    private final LabConnections connections;

    TopicExistsCheck(LabConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public String kind() {
        return "topic-exists";
    }

    @Override
    public Verdict verify(LabEndpoints env, CheckParams params) throws Exception {
        String topic = params.name("topic");
        connections.touchKafka(env);
        long bound = connections.timeouts().connect().toMillis() + connections.timeouts().read().toMillis();
        Admin admin = Admin.create(connections.kafkaAdmin(env));
        try {
            TopicDescription description = admin.describeTopics(List.of(topic),
                            new DescribeTopicsOptions().timeoutMs((int) connections.timeouts().read().toMillis()))
                    .allTopicNames().get(bound, TimeUnit.MILLISECONDS).get(topic);
            int partitions = description.partitions().size();
            return Verdict.pass(partitions + " partition(s)", LabMessage.of("check.topic.present", topic, partitions));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Verdict.fail("absent", LabMessage.of("check.topic.absent", topic));
            }
            throw e;
        } finally {
            admin.close(Duration.ofMillis(connections.timeouts().connect().toMillis()));
        }
    }
}
