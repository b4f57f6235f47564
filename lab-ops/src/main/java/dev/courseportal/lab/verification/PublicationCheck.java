package dev.courseportal.lab.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;

/**
 * {@code publication}: the publication exists and, if the lesson names a table
 * ({@code schema.table}, or a bare name in any schema), includes it. A publication
 * {@code FOR ALL TABLES} includes every table, as pg_publication_tables shows.
 */
final class PublicationCheck implements CheckKind {

    private static final int LISTED_TABLES = 10;

    private final LabConnections connections;

    PublicationCheck(LabConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public String kind() {
        return "publication";
    }

    @Override
    public Verdict verify(LabEndpoints env, CheckParams params) throws Exception {
        String publication = params.name("publication");
        Optional<CheckParams.QualifiedTable> table = params.optional("table").isPresent()
                ? Optional.of(params.table("table", null)) : Optional.empty();
        try (Connection connection = connections.openPostgres(env)) {
            Boolean allTables = allTables(connection, publication);
            if (allTables == null) {
                return Verdict.fail("absent", LabMessage.of("check.publication.absent", publication));
            }
            List<String> tables = tables(connection, publication);
            String observed = allTables ? "FOR ALL TABLES" : tables.isEmpty() ? "no tables"
                    : String.join(", ", tables.subList(0, Math.min(LISTED_TABLES, tables.size())))
                    + (tables.size() > LISTED_TABLES ? ", ..." : "");
            if (table.isEmpty()) {
                return Verdict.pass(observed, LabMessage.of("check.passed"));
            }
            CheckParams.QualifiedTable wanted = table.get();
            boolean included = tables.stream().anyMatch(t -> wanted.schema() == null
                    ? t.endsWith("." + wanted.table()) : t.equals(wanted.toString()));
            return Verdict.when(included, observed, included
                    ? LabMessage.of("check.passed")
                    : LabMessage.of("check.publication.tableMissing", publication, wanted));
        }
    }

    /** {@code null} when there is no such publication. */
    private Boolean allTables(Connection connection, String publication) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT puballtables FROM pg_publication WHERE pubname = ?")) {
            query.setQueryTimeout(connections.timeouts().readSeconds());
            query.setString(1, publication);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getBoolean(1) : null;
            }
        }
    }

    private List<String> tables(Connection connection, String publication) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT schemaname, tablename FROM pg_publication_tables WHERE pubname = ? ORDER BY 1, 2")) {
            query.setQueryTimeout(connections.timeouts().readSeconds());
            query.setString(1, publication);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1) + "." + rs.getString(2));
                }
            }
        }
        return tables;
    }
}
