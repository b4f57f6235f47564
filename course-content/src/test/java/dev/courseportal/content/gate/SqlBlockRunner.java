package dev.courseportal.content.gate;

import dev.courseportal.content.CodeBlock;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs one lesson's SQL blocks in order in one session, as a learner would in one psql window; the next lesson gets a
 * new session (what a lesson SETs does not leak) on the same database (what it creates stays for later lessons).
 * A block stops at its first failing statement, since the statements after it usually depend on it.
 */
final class SqlBlockRunner implements AutoCloseable {
    /** Bounds a statement that would wait for ever (a lock, a sleep), so the gate always finishes. */
    private static final String STATEMENT_TIMEOUT = "30s";

    private final Connection connection;

    SqlBlockRunner(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET statement_timeout = '" + STATEMENT_TIMEOUT + "'");
        }
    }

    Verdict run(CodeBlock block) {
        List<SqlStatements.Statement> statements = SqlStatements.split(block.code());
        if (statements.isEmpty()) {
            return Verdict.failed(block.line(), "empty SQL block");
        }
        for (SqlStatements.Statement sql : statements) {
            int line = block.line() + 1 + sql.lineOffset();
            if (sql.sql().startsWith("\\")) {
                return Verdict.failed(line, "psql meta-command '" + sql.sql().split("\\s")[0] + "' in a sql block: "
                        + "put psql sessions in a console block");
            }
            try (Statement statement = connection.createStatement()) {
                // psql sends the text as written; JDBC escapes ({fn ...}, {d '...'}) are not SQL.
                statement.setEscapeProcessing(false);
                statement.execute(sql.sql());
            } catch (SQLException e) {
                rollBackQuietly();
                return Verdict.failed(line + linesBefore(sql.sql(), e), "PostgreSQL: " + message(e));
            }
        }
        return Verdict.passed();
    }

    /** Where in the statement PostgreSQL says the error is, as extra lines. */
    private static int linesBefore(String sql, SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            int position = psql.getServerErrorMessage().getPosition();
            if (position > 0 && position <= sql.length()) {
                return (int) sql.substring(0, position - 1).chars().filter(c -> c == '\n').count();
            }
        }
        return 0;
    }

    private static String message(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            String text = server.getSeverity() + ": " + server.getMessage() + " (SQLSTATE " + server.getSQLState()
                    + ")";
            return server.getHint() == null ? text : text + "; hint: " + server.getHint();
        }
        return e.getMessage();
    }

    /** A failed statement inside a BEGIN ... COMMIT leaves the session aborted; later blocks need a clean one. */
    private void rollBackQuietly() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // Nothing to roll back, or the connection is gone: the next statement will tell.
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
