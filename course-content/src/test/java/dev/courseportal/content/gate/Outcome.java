package dev.courseportal.content.gate;

import java.util.Locale;

/** How a block fared. */
public enum Outcome {
    /** Run against the real software and passed. */
    CHECKED,
    /** Not run (or only parsed) because the block says why it cannot run, or it needs a known third-party plugin. */
    MARKED,
    /** The real software rejected it. */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
