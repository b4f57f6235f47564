package dev.courseportal.domain.lab.control;

import java.util.List;
import java.util.Objects;

/**
 * One reason an environment's settings were refused.
 *
 * @param field the setting, as named in {@link LabEnvironmentSettings} ({@code connectUrl} ...), or
 *              {@code null} for the environment as a whole (a concurrent edit, say)
 * @param key   what is wrong: {@code required}, {@code tooLong}, {@code httpUrl}, {@code nameTaken} ...;
 *              the web layer shows the text {@code env.error.<key>}
 * @param args  the values the text needs (a maximum length, a parameter name)
 */
public record SettingsProblem(String field, String key, List<String> args) {

    public SettingsProblem {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static SettingsProblem of(String field, String key, Object... args) {
        return new SettingsProblem(field, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
