package dev.courseportal.lab.verification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabTimeouts;

/**
 * {@code topic-has-event}: some record of the topic matches the lesson's {@code op},
 * {@code keyContains} and {@code valueContains} (see {@link ChangeEventMatcher}).
 *
 * <p>Reads the topic from the beginning with its own consumer: partitions assigned by hand
 * (no group rebalance), a unique group id, nothing committed. It stops at the first match,
 * or once it has read up to the end and nothing new came for a short while (an event the
 * learner caused a moment ago may still be on its way), or at the time and record limits
 * of {@link LabTimeouts}.
 */
final class TopicEventCheck implements CheckKind {

    /** How long to keep listening after reaching the end: Debezium's usual latency is well under it. */
    private static final Duration QUIET_PERIOD = Duration.ofMillis(1500);
    private static final Set<String> OPERATIONS = Set.of("c", "u", "d", "r", "t", "m");

    private final LabConnections connections;

    TopicEventCheck(LabConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public String kind() {
        return "topic-has-event";
    }

    @Override
    public Verdict verify(LabEndpoints env, CheckParams params) throws Exception {
        String topic = params.name("topic");
        String op = params.optional("op").orElse(null);
        if (op != null && !OPERATIONS.contains(op)) {
            throw CheckParams.invalid("op", "one of " + OPERATIONS);
        }
        ChangeEventMatcher matcher = new ChangeEventMatcher(op,
                params.optional("keyContains").orElse(null), params.optional("valueContains").orElse(null));
        connections.touchKafka(env);
        LabTimeouts timeouts = connections.timeouts();
        Duration apiTimeout = timeouts.connect().plus(timeouts.read());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(connections.kafkaConsumer(env))) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, apiTimeout);
            if (partitions == null || partitions.isEmpty()) {
                return Verdict.fail("absent", LabMessage.of("check.topic.absent", topic));
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            return scan(consumer, assigned, matcher, timeouts, apiTimeout);
        }
    }

    private static Verdict scan(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> assigned,
                                ChangeEventMatcher matcher, LabTimeouts timeouts, Duration apiTimeout) {
        long deadline = System.nanoTime() + timeouts.eventWait().toNanos();
        Map<TopicPartition, Long> end = consumer.endOffsets(assigned, apiTimeout);
        long lastNews = System.nanoTime();
        int read = 0;
        while (System.nanoTime() < deadline && read < timeouts.maxEventRecords()) {
            long remainingMs = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            var records = consumer.poll(Duration.ofMillis(Math.min(300, remainingMs)));
            for (ConsumerRecord<byte[], byte[]> record : records) {
                read++;
                if (matcher.matches(record.key(), record.value())) {
                    return Verdict.pass("partition " + record.partition() + ", offset " + record.offset(),
                            LabMessage.of("check.event.found", record.partition(), record.offset(), read));
                }
            }
            if (!records.isEmpty()) {
                lastNews = System.nanoTime();
            } else if (caughtUp(consumer, end, apiTimeout)) {
                Map<TopicPartition, Long> newEnd = consumer.endOffsets(assigned, apiTimeout);
                if (!newEnd.equals(end)) {
                    end = newEnd;
                    lastNews = System.nanoTime();
                } else if (System.nanoTime() - lastNews >= QUIET_PERIOD.toNanos()) {
                    break;
                }
            }
        }
        return Verdict.fail(read + " record(s) read, none matching", LabMessage.of("check.event.notFound", read));
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end,
                                    Duration apiTimeout) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey(), apiTimeout) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }
}
