package dev.courseportal.content.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a SQL block into statements the way psql does (on {@code ;} outside quotes, dollar quotes and comments), so
 * that each statement runs on its own as a learner pasting the block into psql would run it, and a failure points at
 * the statement's own line.
 */
final class SqlStatements {
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");

    /**
     * One statement.
     *
     * @param sql        its text, without the terminating semicolon
     * @param lineOffset the line it starts on, counted from 0 within the block
     */
    record Statement(String sql, int lineOffset) {
    }

    private SqlStatements() {
    }

    static List<Statement> split(String code) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 0;
        int startLine = -1;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end = i + 1;
            boolean meaningful = true;
            if (c == '-' && code.startsWith("--", i)) {
                end = indexOrEnd(code, "\n", i);
                meaningful = false;
            } else if (c == '/' && code.startsWith("/*", i)) {
                end = blockCommentEnd(code, i);
                meaningful = false;
            } else if (c == '\'' ) {
                boolean escapes = i > 0 && (code.charAt(i - 1) == 'E' || code.charAt(i - 1) == 'e');
                end = quotedEnd(code, i, '\'', escapes);
            } else if (c == '"') {
                end = quotedEnd(code, i, '"', false);
            } else if (c == '$') {
                Matcher tag = DOLLAR_TAG.matcher(code).region(i, code.length());
                if (tag.lookingAt() && !precededByIdentifier(code, i)) {
                    int close = code.indexOf(tag.group(), tag.end());
                    end = close < 0 ? code.length() : close + tag.group().length();
                }
            } else if (c == ';') {
                if (startLine >= 0) {
                    statements.add(new Statement(current.toString().strip(), startLine));
                }
                current.setLength(0);
                startLine = -1;
                i++;
                continue;
            } else if (Character.isWhitespace(c)) {
                meaningful = false;
            }
            String piece = code.substring(i, end);
            if (meaningful && startLine < 0) {
                startLine = line;
            }
            if (startLine >= 0) {
                current.append(piece);
            }
            line += piece.chars().filter(ch -> ch == '\n').count();
            i = end;
        }
        if (startLine >= 0 && !current.toString().isBlank()) {
            statements.add(new Statement(current.toString().strip(), startLine));
        }
        return statements;
    }

    private static boolean precededByIdentifier(String code, int i) {
        return i > 0 && (Character.isLetterOrDigit(code.charAt(i - 1)) || code.charAt(i - 1) == '_');
    }

    private static int indexOrEnd(String code, String what, int from) {
        int at = code.indexOf(what, from);
        return at < 0 ? code.length() : at;
    }

    /** PostgreSQL's block comments nest. */
    private static int blockCommentEnd(String code, int start) {
        int depth = 0;
        int i = start;
        while (i < code.length() - 1) {
            if (code.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (code.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return code.length();
    }

    /** The end of a quoted string or identifier; a doubled quote is an escaped quote. */
    private static int quotedEnd(String code, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < code.length() && code.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return code.length();
    }
}
