package dev.courseportal.lab.verification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.courseportal.lab.environment.Failures;
import dev.courseportal.lab.environment.LabConnections;
import dev.courseportal.lab.environment.LabEndpoints;
import dev.courseportal.lab.environment.LabMessage;

/**
 * {@code sql-returns}: one query returns the expected text in the first column of the
 * first row. The query is the lesson's, not the learner's; it still runs in a READ ONLY
 * transaction with a statement timeout and is rolled back, so a check cannot change the lab.
 * Booleans compare as {@code true}/{@code false}, not PostgreSQL's {@code t}/{@code f}.
 */
final class SqlReturnsCheck implements CheckKind {

    private static final Pattern QUERY_START = Pattern.compile("(?is)^\\s*(select|with|values|table|show)\\b.*");

    private final LabConnections connections;

    SqlReturnsCheck(LabConnections connections) {
        this.connections = Objects.requireNonNull(connections, "connections");
    }

    @Override
    public String kind() {
        return "sql-returns";
    }

    @Override
    public Verdict verify(LabEndpoints env, CheckParams params) throws Exception {
        String sql = oneQuery(params.required("sql"));
        String expected = params.required("expected");
        try (Connection connection = connections.openPostgres(env)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(connections.timeouts().readSeconds());
                statement.execute("SET LOCAL statement_timeout = " + connections.timeouts().read().toMillis());
                statement.setMaxRows(1);
                try (ResultSet rs = statement.executeQuery(sql)) {
                    if (!rs.next()) {
                        return Verdict.fail("no row", LabMessage.of("check.sql.noRows", expected));
                    }
                    String actual = value(rs);
                    boolean passed = expected.equals(actual);
                    return Verdict.when(passed, actual, passed
                            ? LabMessage.of("check.passed")
                            : LabMessage.of("check.sql.value", actual, expected));
                }
            } catch (SQLException e) {
                if (Failures.isTimeout(e) || e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                    throw e; // the lab, not the query: reported as unreachable
                }
                return Verdict.fail("error", LabMessage.of("check.sql.failed", Failures.summary(e)));
            } finally {
                rollbackQuietly(connection);
            }
        }
    }

    /** The query without a trailing semicolon; refuses several statements and anything but a query. */
    static String oneQuery(String sql) throws InvalidCheckException {
        String query = sql.strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).strip();
        }
        if (query.contains(";")) {
            throw CheckParams.invalid("sql", "one statement only");
        }
        if (!QUERY_START.matcher(query).matches()) {
            throw CheckParams.invalid("sql", "a SELECT (or WITH, VALUES, TABLE, SHOW) query");
        }
        return query;
    }

    /** Nothing to undo (read only); a broken connection must not hide the check's own result. */
    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is closed next anyway
        }
    }

    private static String value(ResultSet rs) throws SQLException {
        int type = rs.getMetaData().getColumnType(1);
        if (type == Types.BOOLEAN || type == Types.BIT) {
            boolean b = rs.getBoolean(1);
            return rs.wasNull() ? "null" : Boolean.toString(b).toLowerCase(Locale.ROOT);
        }
        String text = rs.getString(1);
        return text == null ? "null" : text;
    }
}
