package dev.courseportal.web.lab;

import dev.courseportal.lab.environment.LabMessage;
import dev.courseportal.web.preferences.Preferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Lab texts in the learner's language for pages and JSON: probe and check messages (keys of
 * lab-ops' {@code LabMessages}), service names, times and percentages.
 */
@Named
@RequestScoped
public class LabText {

    static final String BUNDLE = "dev.courseportal.web.lab";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    @Inject
    Preferences preferences;

    public Locale getLocale() {
        return preferences.getLocale();
    }

    /** A probe's or check's message in the learner's language; empty without a key. */
    public String message(String key, List<String> args) {
        return message(getLocale(), key, args);
    }

    static String message(Locale locale, String key, List<String> args) {
        return key == null ? "" : new LabMessage(key, args == null ? List.of() : args).in(locale);
    }

    /** A text of the lab bundle with its arguments. */
    public String text(String key, Object... args) {
        return format(getLocale(), key, args);
    }

    static String format(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The product name of a service by its Compose name. */
    public String service(String composeName) {
        return text("service." + composeName);
    }

    public String status(String status) {
        return text("status." + status);
    }

    /** A moment in the server's time zone, e.g. {@code 2026-05-04 12:30:05 MSK}; empty for none. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.withLocale(getLocale()).format(instant.atZone(ZoneId.systemDefault()));
    }

    public String percent(Double percent) {
        return percent == null ? "" : String.format(getLocale(), "%.1f", percent);
    }
}
