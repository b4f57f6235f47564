package dev.courseportal.lab.schedule;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import dev.courseportal.domain.lab.entity.ProbeTrigger;
import dev.courseportal.lab.runtime.LabRuntime;

/**
 * The probe timers. At start it makes sure exactly one persistent interval timer exists with
 * the configured interval (persistent timers survive restarts and redeployments in the
 * database store, so an existing one is kept, and one with another interval is replaced).
 * Its timeout only hands over to {@link ProbeRuns}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LabProbeSchedule {

    private static final Logger LOG = Logger.getLogger(LabProbeSchedule.class.getName());
    static final String INTERVAL_PREFIX = "lab-probe-interval:";
    static final String REQUESTED = "lab-probe-requested";
    /** The first run after a start: soon, so that a new portal shows its labs' status quickly. */
    private static final Duration FIRST_DELAY = Duration.ofSeconds(10);

    @Resource
    TimerService timerService;

    @EJB
    LabRuntime runtime;

    @EJB
    ProbeRuns runs;

    @PostConstruct
    void schedule() {
        long intervalMs = runtime.settings().probeInterval().toMillis();
        String wanted = INTERVAL_PREFIX + intervalMs;
        boolean kept = false;
        for (Timer timer : intervalTimers()) {
            if (!kept && wanted.equals(timer.getInfo()) && timer.isPersistent()) {
                kept = true;
            } else {
                cancelQuietly(timer);
            }
        }
        if (!kept) {
            long firstDelay = Math.min(intervalMs, FIRST_DELAY.toMillis());
            timerService.createIntervalTimer(firstDelay, intervalMs, new TimerConfig(wanted, true));
            LOG.info(() -> "Lab probe timer created: every " + intervalMs / 1000 + " s");
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout(Timer timer) {
        Serializable info = timer.getInfo();
        ProbeTrigger trigger = REQUESTED.equals(info) ? ProbeTrigger.REQUESTED : ProbeTrigger.SCHEDULE;
        RunOutcome outcome = runs.run(trigger);
        if (!outcome.ran()) {
            LOG.fine(() -> "Lab probe run skipped: " + outcome.skipped());
        }
    }

    /**
     * Asks for a run as soon as possible, through a one-off timer, so the caller returns at
     * once and the run obeys the same never-overlap rules. The timer is not persistent: it
     * runs on this node and is forgotten by a restart.
     */
    public void requestRun() {
        timerService.createSingleActionTimer(1, new TimerConfig(REQUESTED, false));
    }

    /** The interval of the probe timer. */
    public Duration interval() {
        return runtime.settings().probeInterval();
    }

    /** The interval timer as it is now, for the status page and tests. */
    public Optional<ScheduledTimer> intervalTimer() {
        for (Timer timer : intervalTimers()) {
            try {
                String info = (String) timer.getInfo();
                return Optional.of(new ScheduledTimer(info, timer.isPersistent(),
                        Duration.ofMillis(Long.parseLong(info.substring(INTERVAL_PREFIX.length()))),
                        timer.getNextTimeout().toInstant()));
            } catch (NoSuchObjectLocalException | NoMoreTimeoutsException | NumberFormatException e) {
                // cancelled or expired meanwhile: look at the next one
            }
        }
        return Optional.empty();
    }

    private List<Timer> intervalTimers() {
        List<Timer> found = new ArrayList<>();
        for (Timer timer : timerService.getTimers()) {
            try {
                if (timer.getInfo() instanceof String info && info.startsWith(INTERVAL_PREFIX)) {
                    found.add(timer);
                }
            } catch (NoSuchObjectLocalException e) {
                // cancelled meanwhile
            }
        }
        return found;
    }

    private static void cancelQuietly(Timer timer) {
        try {
            Serializable info = timer.getInfo();
            timer.cancel();
            LOG.info(() -> "Lab probe timer replaced: " + info);
        } catch (NoSuchObjectLocalException e) {
            LOG.log(Level.FINE, "timer already gone", e);
        }
    }

    /** A timer's description: its info, whether it survives restarts, its interval, its next timeout. */
    public record ScheduledTimer(String info, boolean persistent, Duration interval, Instant nextTimeout) {
    }
}
