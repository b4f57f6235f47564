package dev.courseportal.lab.environment;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Turns what a client library threw into what a learner or instructor can act on:
 * "no answer within N ms", "connection refused by host:port", "unknown host".
 */
public final class Failures {

    private Failures() {
    }

    /**
     * The message for a failure while talking to {@code target}.
     *
     * @param timeoutMillis the bound that applied, reported when the service did not answer
     */
    public static LabMessage describe(Throwable failure, String target, long timeoutMillis) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LabUnavailableException known) {
                return known.labMessage();
            }
            if (isTimeout(t)) {
                return LabMessage.of("probe.timeout", timeoutMillis);
            }
            if (t instanceof ConnectException) {
                return LabMessage.of("probe.refused", target);
            }
            if (t instanceof UnknownHostException) {
                return LabMessage.of("probe.unknownHost", t.getMessage() == null ? target : t.getMessage());
            }
            if (t instanceof SQLException sql && isAuthentication(sql)) {
                return LabMessage.of("probe.authFailed", target);
            }
            if (t.getMessage() != null && t.getMessage().contains("No resolvable bootstrap urls")) {
                return LabMessage.of("probe.unknownHost", target);
            }
        }
        return LabMessage.of("probe.unreachable", target, summary(failure));
    }

    /** Whether the failure, or one of its causes, is a time-out. */
    public static boolean isTimeout(Throwable t) {
        if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                || t instanceof TimeoutException || t instanceof org.apache.kafka.common.errors.TimeoutException) {
            return true;
        }
        // pgjdbc's loginTimeout: PSQLException "Connection attempt timed out."
        return t instanceof SQLException && t.getMessage() != null
                && t.getMessage().toLowerCase(Locale.ROOT).contains("timed out");
    }

    /** One line: the exception's own message, or its type when it has none. */
    public static String summary(Throwable t) {
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static boolean isAuthentication(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.equals("28P01") || state.equals("28000"));
    }
}
