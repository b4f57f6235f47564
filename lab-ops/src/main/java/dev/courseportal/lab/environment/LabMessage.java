package dev.courseportal.lab.environment;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What a probe or check has to say, as a key of the {@code LabMessages} bundle plus its
 * arguments, so that the web layer shows it in the learner's language; {@link #english()}
 * gives the text for logs and the stored history.
 *
 * @param key  a key of {@code dev/courseportal/lab/LabMessages.properties}
 * @param args the values for the key's placeholders, already as text
 */
public record LabMessage(String key, List<String> args) {

    /** The bundle with the English texts ({@code _ru} beside it has the Russian ones). */
    public static final String BUNDLE = "dev.courseportal.lab.LabMessages";

    public LabMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A message; {@code null} arguments become the text "null". */
    public static LabMessage of(String key, Object... args) {
        return new LabMessage(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The text in English. */
    public String english() {
        return in(Locale.ROOT);
    }

    /** The text in that language, falling back to English; the key itself if it is unknown. */
    public String in(Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
    }
}
