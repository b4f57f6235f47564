package dev.courseportal.web.platform;

import jakarta.resource.ResourceException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Tells a database outage apart from other failures, whatever layers wrapped it. */
final class Outages {

    private Outages() {
    }

    /**
     * Whether {@code error} was caused by the database being unreachable: a connection that could
     * not be made or was cut (SQL state class 08), a server shutting down or starting (57P0x), or a
     * pool that could not hand out a connection.
     */
    static boolean isDatabaseOutage(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = next(t)) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ResourceException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null && (e == sql || seen.add(e)); e = e.getNextException()) {
                    if (outageState(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (next(root) != null && seen.add(root)) {
            root = next(root);
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean outageState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private static Throwable next(Throwable t) {
        if (t instanceof ServletException servlet && servlet.getRootCause() != null) {
            return servlet.getRootCause();
        }
        return t.getCause();
    }
}
