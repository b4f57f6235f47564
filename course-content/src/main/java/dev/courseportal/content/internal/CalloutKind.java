package dev.courseportal.content.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/** The callout markers an author may open a block quote with ({@code > [!NOTE]}). */
public enum CalloutKind {
    NOTE,
    TIP,
    WARNING,
    DANGER;

    /** Any {@code [!WORD]} at the start of a block quote: known markers become callouts, others are reported. */
    static final Pattern MARKER = Pattern.compile("^\\[!([A-Za-z]+)]");

    private static final ResourceBundle TITLES = ResourceBundle.getBundle(
            "dev.courseportal.content.internal.callouts", Locale.ROOT);

    /** The CSS class suffix and marker word in lower case ({@code note}). */
    public String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The title shown above the callout, in the course's language. */
    public String title() {
        return TITLES.getString(cssName());
    }

    static Optional<CalloutKind> fromMarker(String word) {
        for (CalloutKind kind : values()) {
            if (kind.name().equalsIgnoreCase(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
