package dev.courseportal.domain.lab.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Message arguments and probe details as one column of text. Separators are the ASCII unit
 * and record separators, which neither lab services nor messages contain (they are removed
 * from values if they ever do); a plain VARCHAR keeps the schema the same on H2 and
 * PostgreSQL, where a JSON type would not be.
 */
public final class TextFields {

    private static final char UNIT = '\u001F';
    private static final char RECORD = '\u001E';

    private TextFields() {
    }

    public static String joinList(List<String> values, int maxLength) {
        StringBuilder out = new StringBuilder();
        for (String value : values) {
            if (out.length() > 0) {
                out.append(UNIT);
            }
            out.append(clean(value));
        }
        return truncate(out.toString(), maxLength);
    }

    public static List<String> splitList(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split(String.valueOf(UNIT), -1));
    }

    /** The map as text; entries that would not fit in {@code maxLength} are left out, whole. */
    public static String joinMap(Map<String, String> values, int maxLength) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String item = clean(entry.getKey()) + UNIT + clean(entry.getValue());
            if (out.length() + item.length() + 1 > maxLength) {
                break;
            }
            if (out.length() > 0) {
                out.append(RECORD);
            }
            out.append(item);
        }
        return out.toString();
    }

    public static Map<String, String> splitMap(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return map;
        }
        for (String item : text.split(String.valueOf(RECORD))) {
            int at = item.indexOf(UNIT);
            if (at > 0) {
                map.put(item.substring(0, at), item.substring(at + 1));
            }
        }
        return map;
    }

    /** At most {@code max} characters, marked with an ellipsis when cut. */
    public static String truncate(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, Math.max(0, max - 1)) + "…";
    }

    private static String clean(String value) {
        return value == null ? "null" : value.replace(UNIT, ' ').replace(RECORD, ' ');
    }
}
