package dev.courseportal.lab.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;

/** {@code replication-slot}: the slot exists, and is active (or not) if the lesson says so. */
final class ReplicationSlotCheck implements CheckKind {

    private final LabConnections connections;

    ReplicationSlotCheck(LabConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public String kind() {
        return "replication-slot";
    }

    @Override
    public Verdict verify(LabEndpoints env, CheckParams params) throws Exception {
        String slot = params.name("slot");
        Optional<Boolean> active = params.bool("active");
        try (Connection connection = connections.openPostgres(env);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT active, plugin FROM pg_replication_slots WHERE slot_name = ?")) {
            query.setQueryTimeout(connections.timeouts().readSeconds());
            query.setString(1, slot);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Verdict.fail("absent", LabMessage.of("check.slot.absent", slot));
                }
                boolean isActive = rs.getBoolean("active");
                String observed = "active=" + isActive + ", plugin=" + rs.getString("plugin");
                boolean passed = active.map(a -> a == isActive).orElse(true);
                return Verdict.when(passed, observed, passed
                        ? LabMessage.of("check.passed")
                        : LabMessage.of("check.slot.state", slot, isActive, active.orElseThrow()));
            }
        }
    }
}
