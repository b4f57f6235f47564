package dev.courseportal.domain.cohort.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a roster file: one learner a line, named by user name or e-mail in the first column; an
 * optional header line; further columns (a name, a note) are ignored. Comma or semicolon separated
 * (spreadsheets in Russian locales write semicolons), optionally quoted, UTF-8 with or without BOM.
 */
public final class RosterCsv {

    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_ROWS = 5_000;
    private static final Set<String> HEADERS = Set.of("username", "user", "login", "email", "e-mail", "mail",
            "логин", "пользователь", "почта");

    /** One line of the file that names a learner. {@code line} counts from 1, as an editor shows it. */
    public record Line(int line, String identifier) {
    }

    private RosterCsv() {
    }

    public static List<Line> parse(byte[] content) throws RosterFileException {
        if (content == null || content.length == 0) {
            throw new RosterFileException("roster.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RosterFileException("roster.file.tooLarge", String.valueOf(MAX_BYTES / 1000));
        }
        String text = decode(content);
        if (text.indexOf('\u0000') >= 0) {
            throw new RosterFileException("roster.file.notText");
        }
        String[] rows = text.split("\r\n|\n|\r", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String first = firstColumn(rows[i]);
            if (first.isEmpty() || (lines.isEmpty() && i == firstNonBlank(rows) && HEADERS.contains(first.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            lines.add(new Line(i + 1, first));
            if (lines.size() > MAX_ROWS) {
                throw new RosterFileException("roster.file.tooManyRows", String.valueOf(MAX_ROWS));
            }
        }
        if (lines.isEmpty()) {
            throw new RosterFileException("roster.file.noRows");
        }
        return lines;
    }

    private static String decode(byte[] content) throws RosterFileException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RosterFileException("roster.file.notUtf8");
        }
    }

    private static int firstNonBlank(String[] rows) {
        for (int i = 0; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static String firstColumn(String row) throws RosterFileException {
        String trimmed = row.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        if (trimmed.charAt(0) == '"') {
            int close = trimmed.indexOf('"', 1);
            while (close > 0 && close + 1 < trimmed.length() && trimmed.charAt(close + 1) == '"') {
                close = trimmed.indexOf('"', close + 2);
            }
            if (close < 0) {
                throw new RosterFileException("roster.file.unclosedQuote");
            }
            return trimmed.substring(1, close).replace("\"\"", "\"").strip();
        }
        int end = trimmed.length();
        for (char separator : new char[] {',', ';', '\t'}) {
            int at = trimmed.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return trimmed.substring(0, end).strip();
    }
}
