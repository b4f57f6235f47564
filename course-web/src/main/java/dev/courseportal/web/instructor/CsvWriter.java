package dev.courseportal.web.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180, a BOM first so Excel takes it as UTF-8), with formula
 * injection neutralised: a cell a spreadsheet would run as a formula ({@code = + - @}, tab, carriage
 * return first) gets a leading apostrophe, so a learner's name cannot become a command on the
 * instructor's machine (OWASP "CSV Injection").
 */
public final class CsvWriter {

    private final Writer out;
    private boolean started;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<?> cells) {
        try {
            if (!started) {
                out.write('\uFEFF');
                started = true;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = neutralised(value.toString());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf(';') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Text that a spreadsheet would evaluate is made inert. */
    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
