package dev.courseportal.lab.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.probe.LabProbes;
import dev.courseportal.lab.probe.ProbeRunner;
import dev.courseportal.lab.verification.LabCheckRunner;

/**
 * The clients and threads of the portal's lab work, built once: settings, a managed executor,
 * one HTTP client, the probe runner and the check runner. Everything here is thread-safe and
 * shared by the timer and by every learner's "check my lab".
 *
 * <p>The executor is the application's own ({@link #EXECUTOR}): the server's default one has
 * about two threads a core, and a probe that waits for a hung service holds its thread for up
 * to connect + read timeout, so twenty environments of seven services would queue behind a
 * few hung ones. The HTTP client gets threads of its own, never the probes' executor: a probe
 * waiting for an answer must not hold the thread that would deliver it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ManagedExecutorDefinition(name = LabRuntime.EXECUTOR, maxAsync = LabRuntime.THREADS, hungTaskThreshold = 120_000)
public class LabRuntime {

    public static final String EXECUTOR = "java:app/concurrent/LabExecutor";
    /** Probes and checks at once; most of them wait on the network, not on a core. */
    static final int THREADS = 32;

    private static final Logger LOG = Logger.getLogger(LabRuntime.class.getName());

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threadFactory;

    private final Clock clock = Clock.systemUTC();
    private LabSettings settings;
    private ExecutorService httpThreads;
    private LabHttp http;
    private LabConnections connections;
    private ProbeRunner probeRunner;
    private LabCheckRunner checkRunner;
    private String node;

    @PostConstruct
    void start() {
        settings = LabSettings.fromEnvironment();
        settings.warnings().forEach(LOG::warning);
        httpThreads = Executors.newCachedThreadPool(threadFactory);
        HttpClient client = LabHttp.newClient(settings.timeouts(), httpThreads);
        http = new LabHttp(client, settings.timeouts());
        connections = new LabConnections(settings.timeouts());
        probeRunner = new ProbeRunner(executor, LabProbes.standard(http, connections, clock), clock);
        checkRunner = new LabCheckRunner(http, connections, clock);
        node = nodeName();
        LOG.info(() -> "Lab probes on node " + node + ": " + settings);
    }

    @PreDestroy
    void stop() {
        httpThreads.shutdownNow();
    }

    public LabSettings settings() {
        return settings;
    }

    public ManagedExecutorService executor() {
        return executor;
    }

    public ProbeRunner probeRunner() {
        return probeRunner;
    }

    public LabCheckRunner checkRunner() {
        return checkRunner;
    }

    public Clock clock() {
        return clock;
    }

    /** This server's name in a cluster, for the run records and the lease. */
    public String node() {
        return node;
    }

    private static String nodeName() {
        String configured = System.getProperty("jboss.node.name");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
