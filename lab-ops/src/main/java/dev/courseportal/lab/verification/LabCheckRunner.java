package dev.courseportal.lab.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.courseportal.lab.environment.Failures;
import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabHttp;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabUnavailableException;

/**
 * Runs a lesson's lab checks against a learner's lab environment ("check my lab").
 * Every check ends with an outcome, passed or failed, with what it observed and the
 * lesson's hint: an unknown kind, a bad parameter or an unreachable service are failed
 * outcomes with a message, never exceptions. Each check is bounded by the timeouts of
 * the {@link LabHttp} and {@link LabConnections} given; checks of one call run one after
 * another, in the lesson's order.
 */
public final class LabCheckRunner {

    private final Map<String, CheckKind> kinds = new LinkedHashMap<>();
    private final LabConnections connections;
    private final Clock clock;

    public LabCheckRunner(LabHttp http, LabConnections connections, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (CheckKind kind : List.of(
                new ConnectorStateCheck(http),
                new TopicExistsCheck(connections),
                new TopicEventCheck(connections),
                new ReplicationSlotCheck(connections),
                new PublicationCheck(connections),
                new ReplicaIdentityCheck(connections),
                new SqlReturnsCheck(connections),
                new SchemaSubjectCheck(http),
                new HttpStatusCheck(http))) {
            kinds.put(kind.kind(), kind);
        }
    }

    /** The check kinds this runner knows, as lessons write them. */
    public Set<String> kinds() {
        return kinds.keySet();
    }

    /** Runs the checks in order; one outcome a check. */
    public List<CheckOutcome> runAll(LabEndpoints env, List<LabCheck> checks) {
        List<CheckOutcome> outcomes = new ArrayList<>(checks.size());
        for (LabCheck check : checks) {
            outcomes.add(run(env, check));
        }
        return outcomes;
    }

    /** Runs one check; never throws for anything the lab or the lesson does. */
    public CheckOutcome run(LabEndpoints env, LabCheck check) {
        Instant checkedAt = clock.instant();
        long start = System.nanoTime();
        Verdict verdict;
        CheckKind kind = kinds.get(check.kind());
        if (kind == null) {
            verdict = Verdict.fail("", LabMessage.of("check.unknownKind", check.kind()));
        } else {
            verdict = verify(kind, env, check);
        }
        return CheckOutcome.of(check, verdict, checkedAt, (System.nanoTime() - start) / 1_000_000);
    }

    private Verdict verify(CheckKind kind, LabEndpoints env, LabCheck check) {
        try {
            return kind.verify(env, new CheckParams(check.params()));
        } catch (InvalidCheckException e) {
            return Verdict.fail("", e.labMessage());
        } catch (LabUnavailableException e) {
            return Verdict.fail(e.labMessage().english(), e.labMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.fail("interrupted", LabMessage.of("probe.failed", "interrupted"));
        } catch (Exception e) {
            LabMessage message = Failures.describe(e, check.kind(), timeoutMillis());
            return Verdict.fail(message.english(), message);
        }
    }

    private long timeoutMillis() {
        return connections.timeouts().connect().toMillis() + connections.timeouts().read().toMillis();
    }
}
