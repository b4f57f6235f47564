package dev.courseportal.lab.environment;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the portal waits for a lab. Every probe and check is bounded by these values,
 * so that a service that accepts a connection and never answers costs at most
 * {@code connect + read}, never a blocked timer run.
 *
 * @param connect         to open a TCP connection (and, for HTTPS, the handshake)
 * @param read            to wait for an answer once connected
 * @param eventWait       how long {@code topic-has-event} reads a topic at most
 * @param maxEventRecords how many records {@code topic-has-event} reads at most
 * @param maxBodyBytes    the largest HTTP answer read; larger ones are refused
 */
public record LabTimeouts(Duration connect, Duration read, Duration eventWait, int maxEventRecords,
                          int maxBodyBytes) {

    public LabTimeouts {
        requirePositive(connect, "connect");
        requirePositive(read, "read");
        requirePositive(eventWait, "eventWait");
        if (maxEventRecords < 1 || maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxEventRecords must be >= 1 and maxBodyBytes >= 1024");
        }
    }

    /** Values for a lab on a laptop or in a classroom network. */
    public static LabTimeouts defaults() {
        return new LabTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                50_000, 4 * 1024 * 1024);
    }

    /** The same with other connect and read timeouts. */
    public LabTimeouts with(Duration newConnect, Duration newRead) {
        return new LabTimeouts(newConnect, newRead, eventWait, maxEventRecords, maxBodyBytes);
    }

    /** The same with another bound for reading a topic. */
    public LabTimeouts withEventWait(Duration newEventWait) {
        return new LabTimeouts(connect, read, newEventWait, maxEventRecords, maxBodyBytes);
    }

    /** pgjdbc takes whole seconds: rounded up, at least one. */
    public int connectSeconds() {
        return ceilSeconds(connect);
    }

    public int readSeconds() {
        return ceilSeconds(read);
    }

    /** The read timeout the JDBC driver really applies, for "no answer within N ms". */
    public long jdbcReadMillis() {
        return readSeconds() * 1000L;
    }

    private static int ceilSeconds(Duration d) {
        return (int) Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
