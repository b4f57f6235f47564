package dev.courseportal.lab.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.courseportal.lab.environment.LabTimeouts;

/**
 * The lab settings of this server, from environment variables. A value that is not a whole
 * number in its range is ignored with a warning (see {@link #warnings()}): a typo in a
 * variable must not stop the portal, nor probe every 0 seconds.
 *
 * <table>
 * <caption>Variables</caption>
 * <tr><td>{@code PORTAL_LAB_PROBE_INTERVAL_SECONDS}</td><td>30 (5 .. 86400)</td><td>how often the timer probes</td></tr>
 * <tr><td>{@code PORTAL_LAB_HISTORY_DAYS}</td><td>7 (1 .. 366)</td><td>how long probe history is kept</td></tr>
 * <tr><td>{@code PORTAL_LAB_CONNECT_TIMEOUT_MS}</td><td>2000 (100 .. 60000)</td><td>per probe and check: to connect</td></tr>
 * <tr><td>{@code PORTAL_LAB_READ_TIMEOUT_MS}</td><td>5000 (100 .. 120000)</td><td>per probe and check: to get an answer</td></tr>
 * <tr><td>{@code PORTAL_LAB_EVENT_WAIT_MS}</td><td>10000 (500 .. 120000)</td><td>how long a topic-has-event check reads</td></tr>
 * </table>
 */
public final class LabSettings {

    private final Duration probeInterval;
    private final int historyDays;
    private final LabTimeouts timeouts;
    private final List<String> warnings;

    private LabSettings(Duration probeInterval, int historyDays, LabTimeouts timeouts, List<String> warnings) {
        this.probeInterval = probeInterval;
        this.historyDays = historyDays;
        this.timeouts = timeouts;
        this.warnings = List.copyOf(warnings);
    }

    public static LabSettings fromEnvironment() {
        return from(System::getenv);
    }

    /** The settings from a variable lookup ({@code System::getenv}, or a map in tests). */
    public static LabSettings from(Function<String, String> env) {
        List<String> warnings = new ArrayList<>();
        long interval = number(env, "PORTAL_LAB_PROBE_INTERVAL_SECONDS", 30, 5, 86_400, warnings);
        long days = number(env, "PORTAL_LAB_HISTORY_DAYS", 7, 1, 366, warnings);
        long connect = number(env, "PORTAL_LAB_CONNECT_TIMEOUT_MS", 2_000, 100, 60_000, warnings);
        long read = number(env, "PORTAL_LAB_READ_TIMEOUT_MS", 5_000, 100, 120_000, warnings);
        long eventWait = number(env, "PORTAL_LAB_EVENT_WAIT_MS", 10_000, 500, 120_000, warnings);
        LabTimeouts timeouts = LabTimeouts.defaults()
                .with(Duration.ofMillis(connect), Duration.ofMillis(read))
                .withEventWait(Duration.ofMillis(eventWait));
        return new LabSettings(Duration.ofSeconds(interval), (int) days, timeouts, warnings);
    }

    private static long number(Function<String, String> env, String name, long fallback, long min, long max,
                               List<String> warnings) {
        String raw = env.apply(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a value out of range
        }
        warnings.add(name + "=" + raw + " is not a whole number from " + min + " to " + max + "; using " + fallback);
        return fallback;
    }

    public Duration probeInterval() {
        return probeInterval;
    }

    public int historyDays() {
        return historyDays;
    }

    public LabTimeouts timeouts() {
        return timeouts;
    }

    /**
     * How long a probe run may take in all: each probe's own bounds plus a margin, and always
     * under the interval, so that a hung lab never delays the next run.
     */
    public Duration probeDeadline() {
        Duration bound = timeouts.connect().plus(timeouts.read()).plusSeconds(3);
        Duration underInterval = probeInterval.minusSeconds(1);
        return bound.compareTo(underInterval) < 0 ? bound : underInterval;
    }

    /** How long "check my lab" may take in all: the longest check (reading a topic) plus a margin. */
    public Duration checkDeadline() {
        return timeouts.connect().plus(timeouts.read()).plus(timeouts.eventWait()).plusSeconds(3);
    }

    /** Variables that were ignored, for the log. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "probe interval " + probeInterval.toSeconds() + " s, history " + historyDays + " days, timeouts connect "
                + timeouts.connect().toMillis() + " ms / read " + timeouts.read().toMillis() + " ms, run deadline "
                + probeDeadline().toMillis() + " ms";
    }
}
