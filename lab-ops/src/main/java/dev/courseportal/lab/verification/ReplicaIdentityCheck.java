package dev.courseportal.lab.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;

/**
 * {@code replica-identity}: the table's REPLICA IDENTITY ({@code pg_class.relreplident})
 * is the one the lesson asks for: what an update or delete event carries as "before".
 */
final class ReplicaIdentityCheck implements CheckKind {

    private static final Map<String, String> NAMES = Map.of("d", "DEFAULT", "f", "FULL", "n", "NOTHING", "i", "INDEX");

    private final LabConnections connections;

    ReplicaIdentityCheck(LabConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public String kind() {
        return "replica-identity";
    }

    @Override
    public Verdict verify(LabEndpoints env, CheckParams params) throws Exception {
        CheckParams.QualifiedTable table = params.table("table", "public");
        String expected = params.oneOf("identity", Set.of("DEFAULT", "FULL", "NOTHING", "INDEX"))
                .orElseThrow(() -> new InvalidCheckException(LabMessage.of("check.missingParam", "identity")));
        try (Connection connection = connections.openPostgres(env);
             PreparedStatement query = connection.prepareStatement("""
                     SELECT c.relreplident
                     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')""")) {
            query.setQueryTimeout(connections.timeouts().readSeconds());
            query.setString(1, table.schema());
            query.setString(2, table.table());
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Verdict.fail("absent", LabMessage.of("check.identity.tableMissing", table));
                }
                String actual = NAMES.getOrDefault(rs.getString(1), rs.getString(1));
                boolean passed = expected.equals(actual);
                return Verdict.when(passed, actual, passed
                        ? LabMessage.of("check.passed")
                        : LabMessage.of("check.identity.value", table, actual, expected));
            }
        }
    }
}
