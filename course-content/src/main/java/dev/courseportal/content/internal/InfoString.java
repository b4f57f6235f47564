package dev.courseportal.content.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced code block's info string: the language, then {@code key="value"}, {@code key='value'} or
 * {@code key=value} attributes ({@code json no-check="fragment: only the changed properties"}).
 *
 * @param language   the first word, empty if there is none
 * @param attributes the attributes in the order written
 * @param errors     what could not be read, for the author
 */
record InfoString(String language, Map<String, String> attributes, List<String> errors) {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\G\\s*([A-Za-z][A-Za-z0-9-]*)(?:=(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))|(?=\\s|$))");
    private static final Pattern UNTERMINATED = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)=[\"'].*");

    static InfoString parse(String info) {
        String trimmed = info == null ? "" : info.strip();
        if (trimmed.isEmpty()) {
            return new InfoString("", Map.of(), List.of());
        }
        int space = indexOfWhitespace(trimmed);
        String language = space < 0 ? trimmed : trimmed.substring(0, space);
        String rest = space < 0 ? "" : trimmed.substring(space);
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        Matcher matcher = ATTRIBUTE.matcher(rest);
        int end = 0;
        while (end < rest.length() && matcher.find(end) && matcher.end() > end) {
            String key = matcher.group(1);
            String value = firstNonNull(matcher.group(2), matcher.group(3), matcher.group(4));
            if (attributes.put(key, value) != null) {
                errors.add("code block attribute '" + key + "' is given twice");
            }
            end = matcher.end();
        }
        String unread = rest.substring(end).strip();
        if (!unread.isEmpty()) {
            Matcher unterminated = UNTERMINATED.matcher(unread);
            errors.add(unterminated.matches()
                    ? "code block attribute '" + unterminated.group(1) + "' has no closing quote"
                    : "cannot read code block attributes: " + unread);
        }
        return new InfoString(language, Collections.unmodifiableMap(attributes), List.copyOf(errors));
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
