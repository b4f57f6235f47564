package dev.courseportal.it.cluster;

import dev.courseportal.it.reliability.PortalPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The probe timer's runs as the cluster's database recorded them. */
final class ProbeRuns {

    /** One scheduled run: when it started and which node ran it. */
    record Run(Instant startedAt, String node) {
    }

    private ProbeRuns() {
    }

    static List<Run> between(PortalPostgres postgres, Instant from, Instant to) {
        List<Run> runs = new ArrayList<>();
        try (Connection connection = postgres.connect();
             PreparedStatement query = connection.prepareStatement("SELECT started_at, node FROM lab_probe_run "
                     + "WHERE trigger_kind = 'SCHEDULE' AND started_at >= ? AND started_at < ? ORDER BY started_at")) {
            query.setObject(1, from.atOffset(ZoneOffset.UTC));
            query.setObject(2, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    runs.add(new Run(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the probe runs", e);
        }
        return runs;
    }

    /** How many runs each node did. */
    static Map<String, Integer> nodes(List<Run> runs) {
        Map<String, Integer> counts = new TreeMap<>();
        runs.forEach(run -> counts.merge(run.node(), 1, Integer::sum));
        return counts;
    }
}
