package dev.courseportal.content.internal;

import java.util.regex.Pattern;

/** The shape of stable ids: progress, answers and ticks are stored under them, so they stay simple. */
final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    /** Reads a required id field and checks its shape; returns {@code null} when it is missing or malformed. */
    static String read(YamlMap map, String key) {
        String id = map.text(key, true);
        if (id != null && !ID.matcher(id).matches()) {
            map.report(map.lineOf(key), "field '" + key + "' must be lowercase letters, digits and single hyphens: '"
                    + id + "'");
            return null;
        }
        return id;
    }
}
