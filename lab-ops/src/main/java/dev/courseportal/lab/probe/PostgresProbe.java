package dev.courseportal.lab.probe;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.lab.environment.LabService;

/**
 * PostgreSQL: logs in, reads {@code wal_level} (CDC needs {@code logical}) and the
 * replication slots with their active flag and the WAL each one holds back. A slot that
 * nobody reads is DEGRADED: it keeps WAL until the disk is full, the lab's classic failure.
 */
public final class PostgresProbe extends Probe {

    /** WAL a slot holds: from its restart position to the current write position. */
    static final String SLOTS_SQL = """
            SELECT slot_name, slot_type, COALESCE(plugin, '') AS plugin, active,
                   CASE WHEN pg_is_in_recovery() OR restart_lsn IS NULL THEN 0
                        ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint END AS retained_bytes
            FROM pg_replication_slots
            ORDER BY slot_name""";

    private final LabConnections connections;

    public PostgresProbe(LabConnections connections, Clock clock) {
        super(LabService.POSTGRES, clock);
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    protected Finding examine(LabEndpoints env) throws Exception {
        Map<String, String> details = new LinkedHashMap<>();
        try (Connection connection = connections.openPostgres(env);
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(connections.timeouts().readSeconds());
            String version = connection.getMetaData().getDatabaseProductVersion();
            details.put("version", version);
            String walLevel;
            try (ResultSet rs = statement.executeQuery("SHOW wal_level")) {
                rs.next();
                walLevel = rs.getString(1);
            }
            details.put("wal_level", walLevel);
            int slots = 0;
            String inactiveSlot = null;
            long inactiveBytes = 0;
            try (ResultSet rs = statement.executeQuery(SLOTS_SQL)) {
                while (rs.next()) {
                    slots++;
                    String slot = rs.getString("slot_name");
                    boolean active = rs.getBoolean("active");
                    long retained = rs.getLong("retained_bytes");
                    details.put("slot." + slot + ".type", rs.getString("slot_type"));
                    details.put("slot." + slot + ".plugin", rs.getString("plugin"));
                    details.put("slot." + slot + ".active", Boolean.toString(active));
                    details.put("slot." + slot + ".retainedWalBytes", Long.toString(retained));
                    if (!active && inactiveSlot == null) {
                        inactiveSlot = slot;
                        inactiveBytes = retained;
                    }
                }
            }
            details.put("replicationSlots", Integer.toString(slots));
            if (!"logical".equals(walLevel)) {
                return Finding.degraded(LabMessage.of("probe.postgres.walLevel", walLevel), details);
            }
            if (inactiveSlot != null) {
                return Finding.degraded(LabMessage.of("probe.postgres.slotInactive", inactiveSlot, inactiveBytes), details);
            }
            return Finding.up(LabMessage.of("probe.postgres.up", version, slots), details);
        }
    }

    @Override
    protected String target(LabEndpoints env) {
        return env.postgresJdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("[/?].*$", "");
    }

    @Override
    protected long timeoutMillis() {
        return connections.timeouts().jdbcReadMillis();
    }
}
