package dev.courseportal.it.lab;

import static dev.courseportal.it.lab.LabTestSupport.DOMAIN;
import static dev.courseportal.it.lab.LabTestSupport.LAB_OPS;
import static dev.courseportal.it.lab.LabTestSupport.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courseportal.domain.lab.boundary.LabEnvironmentService;
import dev.courseportal.domain.lab.boundary.ProbeHistoryService;
import dev.courseportal.domain.lab.boundary.ProbeObservation;
import dev.courseportal.domain.lab.boundary.ProbeRunReport;
import dev.courseportal.domain.lab.entity.LabEnvironment;
import dev.courseportal.domain.lab.entity.ProbeTrigger;
import dev.courseportal.domain.lab.entity.ServiceHealth;
import dev.courseportal.domain.lab.entity.ServiceState;
import dev.courseportal.lab.schedule.ProbeRuns;
import dev.courseportal.lab.schedule.RunOutcome;
import dev.courseportal.lab.status.EnvironmentStatus;
import dev.courseportal.lab.status.LabStatus;
import jakarta.ejb.EJB;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a probe run costs in the deployed portal, measured (and printed), not asserted against a
 * time: one STAND-IN environment, then twenty, then reading a day of history. The stand-ins
 * answer the HTTP services; PostgreSQL and Kafka are a closed port, so their probes are the
 * cheap "connection refused" kind. Assertions only check that every probe of every environment
 * was made and stored.
 */
@ExtendWith(ArquillianExtension.class)
class ProbeRunCostIT {

    private static final int ENVIRONMENTS = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return LabDeployment.withTests(ProbeRunCostIT.class);
    }

    @EJB(lookup = LAB_OPS + "ProbeRuns")
    ProbeRuns runs;

    @EJB(lookup = LAB_OPS + "LabStatus")
    LabStatus status;

    @EJB(lookup = DOMAIN + "LabEnvironmentService")
    LabEnvironmentService environments;

    @EJB(lookup = DOMAIN + "ProbeHistoryService")
    ProbeHistoryService history;

    @Test
    void costOfAProbeRunWithOneAndWithTwentyStandInEnvironments() throws Exception {
        List<Long> created = new ArrayList<>();
        List<Long> paused = new ArrayList<>();
        try (StandInLab lab = StandInLab.start()) {
            // Only the measured environments are probed meanwhile; the others are resumed at the end.
            for (LabEnvironment other : environments.probed()) {
                environments.setProbed(other.id(), false);
                paused.add(other.id());
            }
            created.add(environments.create(lab.settings(unique("cost"))).id());
            run(); // warm-up: class loading, first connections
            Measured one = measure("1 environment");

            for (int i = 1; i < ENVIRONMENTS; i++) {
                created.add(environments.create(lab.settings(unique("cost"))).id());
            }
            Measured twenty = null;
            for (int i = 0; i < 3; i++) {
                twenty = measure(ENVIRONMENTS + " environments, run " + (i + 1));
            }
            assertEquals(ENVIRONMENTS, twenty.outcome().environments());
            assertEquals(ENVIRONMENTS * 7, twenty.outcome().probes());
            assertEquals(ENVIRONMENTS * 2, twenty.outcome().problems(), "PostgreSQL and Kafka down, the rest up");
            for (long id : created) {
                assertEquals(7, history.states(List.of(id)).stream().filter(s -> s.checkedAt() != null).count());
                assertEquals(5, history.states(List.of(id)).stream().map(ServiceState::status)
                        .filter(s -> s == ServiceHealth.UP).count());
            }
            System.out.printf("LAB PROBE COST: per-environment share of the 20-environment run: %.1f ms wall, "
                    + "%.1f ms CPU%n", twenty.wallMs() / (double) ENVIRONMENTS, twenty.cpuMs() / (double) ENVIRONMENTS);
            System.out.printf("LAB PROBE COST: 1 -> 20 environments: wall x%.1f, CPU x%.1f%n",
                    twenty.wallMs() / (double) Math.max(1, one.wallMs()), twenty.cpuMs() / (double) Math.max(1, one.cpuMs()));
        } finally {
            for (long id : created) {
                environments.remove(id);
            }
            for (long id : paused) {
                environments.setProbed(id, true);
            }
        }
    }

    @Test
    void costOfReadingADayOfHistoryForTheStatusPage() throws Exception {
        long id = environments.create(StandInLabSettings.unreachable(unique("history-cost"))).id();
        try {
            environments.setProbed(id, false);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            int samples = (int) (Duration.ofDays(1).toSeconds() / 30);
            String[] services = {"postgres", "kafka", "connect", "schema-registry", "prometheus", "grafana", "jupyter"};
            long writeStart = System.nanoTime();
            for (int batch = 0; batch < samples; batch += 480) {
                List<ProbeObservation> observations = new ArrayList<>();
                for (int i = batch; i < Math.min(samples, batch + 480); i++) {
                    Instant at = now.minusSeconds(30L * (samples - i));
                    for (String service : services) {
                        ServiceHealth health = i % 10 == 0 ? ServiceHealth.DOWN : ServiceHealth.UP;
                        observations.add(new ProbeObservation(id, "history-cost", service, health, 3, at,
                                "probe.failed", List.of("synthetic"), "synthetic", Map.of()));
                    }
                }
                history.record(new ProbeRunReport(now, now, 0, 1, ProbeTrigger.REQUESTED, "it", observations));
            }
            long writeMs = (System.nanoTime() - writeStart) / 1_000_000;

            status.ofEnvironment(id); // warm-up
            long readStart = System.nanoTime();
            int reads = 20;
            EnvironmentStatus read = null;
            for (int i = 0; i < reads; i++) {
                read = status.ofEnvironment(id).orElseThrow();
            }
            double readMs = (System.nanoTime() - readStart) / 1_000_000.0 / reads;
            System.out.printf("LAB PROBE COST: a day of history (%d probes of one environment at 30 s) written in %d ms; "
                    + "its status cards with 24 h availability read in %.1f ms%n", samples * services.length, writeMs, readMs);
            assertTrue(read.cards().stream().allMatch(c -> c.samples() >= samples - 1),
                    "every service counts a day of probes: " + read.cards().get(0).samples());
            assertEquals(90.0, read.cards().get(2).availabilityPercent(), 0.2, "one probe in ten was DOWN");
        } finally {
            environments.remove(id);
        }
    }

    private RunOutcome run() {
        for (int attempt = 0; attempt < 5; attempt++) {
            RunOutcome outcome = runs.run(ProbeTrigger.REQUESTED);
            if (outcome.ran()) {
                return outcome;
            }
            sleep(); // a scheduled run was going on
        }
        throw new AssertionError("no run could start");
    }

    private Measured measure(String label) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        RunOutcome outcome = run();
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;
        // Process CPU: the probes run on the executor's threads, and the server does other work too.
        System.out.printf("LAB PROBE COST: %s: %d probes, wall %d ms (probing %d ms, storing %d ms), "
                        + "server process CPU %d ms%n", label, outcome.probes(), wallMs, outcome.probeMs(),
                outcome.storeMs(), cpuMs);
        return new Measured(outcome, wallMs, cpuMs);
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Measured(RunOutcome outcome, long wallMs, long cpuMs) {
    }
}
